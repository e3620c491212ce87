import type { Duration } from '../ir/common.js';

/** `{ value: 1, unit: 'working-days' }` as `1 working day`; a missing unit is shown as such. */
export function durationWords(duration: Duration): string {
    if (!duration.unit) {
        return `${duration.value} (no unit)`;
    }
    const unit = duration.unit.replace('-', ' ');
    return `${duration.value} ${duration.value === 1 ? unit.replace(/s$/, '') : unit}`;
}
