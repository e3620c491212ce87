import type { ValidationAcceptor } from 'langium';
import type { Cadence, Duration, MeetingCadence, RelativeDeadline } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

/** Every duration says its unit, and every deadline says what it is measured from. */
export class TimingChecks {

    checkDurationHasUnit(duration: Duration, accept: ValidationAcceptor): void {
        if (!duration.unit) {
            accept('error', `'${duration.value}' has no unit. Say which: hours, working days, calendar days, weeks or months.`, {
                node: duration, property: 'value', data: { code: IssueCodes.MissingUnit, value: duration.value }
            });
        }
    }

    checkDaysSayWhichDays(duration: Duration, accept: ValidationAcceptor): void {
        if (duration.unit === 'day' || duration.unit === 'days') {
            accept('error', `'${duration.value} ${duration.unit}' does not say which days: write '${duration.value} working days' or '${duration.value} calendar days'.`, {
                node: duration, property: 'unit', data: { code: IssueCodes.AmbiguousDays, value: duration.value }
            });
        }
    }

    checkDeadlineHasAnchor(deadline: RelativeDeadline, accept: ValidationAcceptor): void {
        if (!deadline.anchor) {
            accept('error', `This deadline does not say when the clock starts. Add the event it runs from, e.g. 'of the judgement', 'after the meeting' or 'before release'.`, {
                node: deadline, property: 'duration', data: { code: IssueCodes.MissingAnchor }
            });
        }
    }

    checkCadenceHasUnit(cadence: Cadence, accept: ValidationAcceptor): void {
        if (!cadence.unit) {
            accept('error', `'at least every${cadence.interval === undefined ? '' : ` ${cadence.interval}`}' needs a unit: weeks, months, working days…`, {
                node: cadence, data: { code: IssueCodes.MissingUnit, value: cadence.interval ?? 1 }
            });
        }
    }

    checkMeetingCadenceSaysHowOften(cadence: MeetingCadence, accept: ValidationAcceptor): void {
        if (!cadence.period && cadence.timesPerYear === undefined && !cadence.unit && !cadence.weekday) {
            accept('error', `'meets every' needs a period or a weekday, e.g. 'meets every 2 weeks on Tuesday' or 'meets every Tuesday'.`, {
                node: cadence, data: { code: IssueCodes.MissingUnit, value: cadence.interval ?? 1 }
            });
        }
    }
}
