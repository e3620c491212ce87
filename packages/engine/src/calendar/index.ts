export type { BankHoliday } from './bank-holidays.js';
export { FIRST_CONFIRMED_YEAR, LAST_CHECKED_YEAR, lastConfirmedYear } from './confirmed-years.js';
export { addCalendarYears, END_OF_DAY, isLocalDate, type LocalDateTime, type LocalDate } from './dates.js';
export type { DeadlineResult, DeadlineRule, Direction, DurationSpec, SkippedDay } from './deadline-result.js';
export { addDuration, nextWorkingDay, sameWorkingDay, subtractDuration } from './deadlines.js';
export { CalendarError, type CalendarErrorCode } from './errors.js';
export { explain } from './explain.js';
export { CALENDAR_REGIONS, DEFAULT_CALENDAR_REGION, isCalendarRegion, type CalendarRegion } from './regions.js';
export { firstStartWhereLater, type LaterStart, type StartSearch } from './compare.js';
export {
    createWorkingCalendar, type Closure, type NonWorkingReason, type WorkingCalendar, type WorkingCalendarOptions
} from './working-calendar.js';
