/**
 * The years whose bank holidays the calendar vouches for.
 *
 * From 2013 the library's England and Wales dates match the rule-based
 * derivation (substitute days included) and every one-off since (2020, 2022,
 * 2023), and so do the Scotland and Northern Ireland years checked against the
 * official lists (tests/engine/calendar-regions.test.ts); before 2013 it misses one-offs such as the 2011 royal wedding and the
 * 1999 millennium holiday. Its rules have been checked up to 2060.
 *
 * The later bound follows the clock: one-off holidays (jubilees, funerals,
 * coronations) are announced about a year ahead, so only the current year and
 * the next can be taken as settled. Any result that depends on whether a day in
 * another year is a bank holiday is flagged provisional.
 */
export const FIRST_CONFIRMED_YEAR = 2013;
export const LAST_CHECKED_YEAR = 2060;

/** The current year plus one, capped at the last year the library's rules were checked. */
export function lastConfirmedYear(today: string): number {
    return Math.min(Number(today.slice(0, 4)) + 1, LAST_CHECKED_YEAR);
}

/** Today's local date, `YYYY-MM-DD`, for callers that pass no clock. */
export function localToday(now: Date = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
