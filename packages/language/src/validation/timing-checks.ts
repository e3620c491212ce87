import type { ValidationAcceptor } from 'langium';
import type { Duration, RelativeDeadline } from '../generated/ast.js';
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
}
