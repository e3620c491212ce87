/** Why the calendar refused a request. */
export type CalendarErrorCode =
    | 'ambiguous-unit'
    | 'missing-unit'
    | 'invalid-date'
    | 'invalid-duration'
    | 'invalid-range'
    | 'unknown-region';

/** Thrown when the calendar is asked something it will not guess at. */
export class CalendarError extends Error {
    override readonly name = 'CalendarError';

    constructor(readonly code: CalendarErrorCode, message: string) {
        super(message);
    }
}
