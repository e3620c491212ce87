/** The bank-holiday regions of the United Kingdom a working-day calendar can follow. */
export const CALENDAR_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type CalendarRegion = (typeof CALENDAR_REGIONS)[number];

/** The region a policy follows when it names none: youth justice services are in England and Wales. */
export const DEFAULT_CALENDAR_REGION: CalendarRegion = 'england-and-wales';

export function isCalendarRegion(value: unknown): value is CalendarRegion {
    return typeof value === 'string' && (CALENDAR_REGIONS as readonly string[]).includes(value);
}

/** The holiday library's subdivision of GB whose public holidays are the region's bank holidays. */
export function librarySubdivision(region: CalendarRegion): 'ENG' | 'SCT' | 'NIR' {
    switch (region) {
        case 'england-and-wales': return 'ENG';
        case 'scotland': return 'SCT';
        case 'northern-ireland': return 'NIR';
    }
}
