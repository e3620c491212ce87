import { CalendarError, createWorkingCalendar, DEFAULT_CALENDAR_REGION, type Closure, type WorkingCalendar } from '../calendar/index.js';
import type { PolicyIr } from '../ir/document.js';

/** Whether the calendar accepts a closure; the language reports the ones it does not. */
function acceptable(closure: Closure): boolean {
    try {
        createWorkingCalendar({ region: DEFAULT_CALENDAR_REGION, closures: [closure] });
        return true;
    } catch (error) {
        if (error instanceof CalendarError) {
            return false;
        }
        throw error;
    }
}

/** The policy's working-day calendar, leaving out closures with impossible dates (reported elsewhere). */
export function calendarOf(policy: PolicyIr): WorkingCalendar {
    return createWorkingCalendar({ region: policy.calendar.region, closures: policy.calendar.closures.filter(acceptable) });
}
