import type { Anchor as IrAnchor, Deadline as IrDeadline, Duration as IrDuration, DurationUnit, MeetingCadence as IrMeetingCadence, Timing as IrTiming, Weekday } from '@riskpolicy/engine';
import type { Anchor, AnchorEvent, Cadence, Deadline, Duration, ExternalValue, Frequency, MeetingCadence, Timing } from '../generated/ast.js';
import type { LoweringContext } from './lowering-context.js';

const units: Record<string, DurationUnit> = {
    hour: 'hours', hours: 'hours',
    workingday: 'working-days', workingdays: 'working-days',
    calendarday: 'calendar-days', calendardays: 'calendar-days',
    day: 'days', days: 'days',
    week: 'weeks', weeks: 'weeks',
    month: 'months', months: 'months',
    year: 'years', years: 'years'
};

export function lowerUnit(unit: string | undefined): DurationUnit | null {
    return unit ? units[unit.replace(/\s+/g, '')] ?? null : null;
}

export function lowerDuration(duration: Duration): IrDuration {
    return { value: duration.value, unit: lowerUnit(duration.unit) };
}

function lowerAnchor(anchor: Anchor | undefined, context: LoweringContext): IrAnchor | null {
    return anchor ? lowerAnchorEvent(anchor.relation as IrAnchor['relation'], anchor.anchor, context) : null;
}

function lowerAnchorEvent(relation: IrAnchor['relation'], anchor: AnchorEvent, context: LoweringContext): IrAnchor {
    return { relation, event: context.name(anchor.event.ref, anchor.event.$refText), next: anchor.next };
}

export function lowerDeadline(deadline: Deadline, context: LoweringContext): IrDeadline {
    switch (deadline.$type) {
        case 'Immediately':
            return { kind: 'immediately' };
        case 'SoonAsPossible':
            return { kind: 'soon', manner: deadline.manner as 'possible' | 'practicable', ...(deadline.limit ? { limit: lowerDeadline(deadline.limit, context) } : {}) };
        case 'EventDeadline':
            return { kind: 'event', relation: deadline.relation as 'before' | 'by' | 'at', anchor: lowerAnchorEvent('before', deadline.anchor, context) };
        case 'SameWorkingDay':
            return { kind: 'same-working-day', anchor: lowerAnchor(deadline.anchor, context) };
        case 'NextWorkingDay':
            return { kind: 'next-working-day', anchor: lowerAnchor(deadline.anchor, context) };
        case 'NextMeeting':
            return { kind: 'next-meeting', panel: context.name(deadline.panel.ref, deadline.panel.$refText), relation: deadline.before ? 'before' : deadline.at ? 'at' : 'by' };
        case 'WeekdayDeadline':
            return {
                kind: 'weekday-before', weekday: deadline.weekday as Weekday, ...(deadline.time ? { time: deadline.time } : {}),
                anchor: lowerAnchorEvent('before', deadline.anchor, context)
            };
        case 'RelativeDeadline':
            return { kind: 'relative', duration: lowerDuration(deadline.duration), anchor: lowerAnchor(deadline.anchor, context) };
    }
}

export function lowerCadence(cadence: Cadence, context: LoweringContext): Extract<IrTiming, { kind: 'cadence' }> {
    return {
        kind: 'cadence',
        every: { value: cadence.interval ?? 1, unit: lowerUnit(cadence.unit) },
        alsoOn: cadence.onEvents.map(event => context.name(event.ref, event.$refText))
    };
}

function lowerFrequency(frequency: Frequency): IrTiming {
    return {
        kind: 'frequency',
        bound: frequency.bound === 'most' ? 'at-most' : 'at-least',
        phases: frequency.phases.map(phase => ({
            count: phase.count,
            per: lowerUnit(phase.per),
            ...(phase.span ? { firstSpan: lowerDuration(phase.span) } : {})
        }))
    };
}

export function lowerExternal(value: ExternalValue): Extract<IrTiming, { kind: 'external' }> {
    return { kind: 'external', document: value.document };
}

export function lowerTiming(timing: Timing, context: LoweringContext): IrTiming {
    switch (timing.$type) {
        case 'Cadence':
            return lowerCadence(timing, context);
        case 'Frequency':
            return lowerFrequency(timing);
        case 'ExternalValue':
            return lowerExternal(timing);
        default:
            return lowerDeadline(timing, context);
    }
}

export function lowerMeetingCadence(cadence: MeetingCadence): IrMeetingCadence {
    const periods: Record<string, IrDuration> = {
        weekly: { value: 1, unit: 'weeks' },
        fortnightly: { value: 2, unit: 'weeks' },
        monthly: { value: 1, unit: 'months' }
    };
    const every = cadence.period
        ? periods[cadence.period]
        : cadence.unit ? { value: cadence.interval ?? 1, unit: lowerUnit(cadence.unit) }
            : cadence.timesPerYear === undefined && cadence.weekday ? { value: 1, unit: 'weeks' as const } : undefined;
    return {
        ...(every ? { every } : {}),
        ...(cadence.timesPerYear !== undefined ? { timesPerYear: cadence.timesPerYear } : {}),
        ...(cadence.weekday ? { weekday: cadence.weekday as Weekday } : {}),
        ...(cadence.time ? { time: cadence.time } : {}),
        ...(cadence.firstSitting ? { firstSitting: cadence.firstSitting } : {})
    };
}
