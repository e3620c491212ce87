import type { WorkingCalendar } from '../calendar/index.js';
import { calendarOf } from '../conformance/policy-calendar.js';
import type { PolicyIr, StandardIr } from '../ir/document.js';
import type { PolicyFinding } from '../conformance/findings.js';
import { DEFAULT_WINDOW, type StartWindow } from '../conformance/due-dates.js';
import { Vocabulary } from '../conformance/vocabulary.js';
import { conflictingApprovers, overlappingRules } from './overlapping-rules.js';
import { rulesThatNeverFire } from './never-fires.js';
import { levelGaps } from './level-gaps.js';

export interface ConsistencyOptions {
    calendar?: WorkingCalendar;
    window?: StartWindow;
    /** Standards whose vocabulary the policy uses (the prelude at least). */
    standards?: StandardIr[];
}

/** Whole-policy consistency: rules that contradict each other, rules that cannot fire, level gaps. */
export function checkConsistency(policy: PolicyIr, options: ConsistencyOptions = {}): PolicyFinding[] {
    const vocabulary = new Vocabulary([policy, ...(options.standards ?? [])]);
    const calendar = options.calendar ?? calendarOf(policy);
    const window = options.window ?? { ...DEFAULT_WINDOW, from: policy.effective ?? DEFAULT_WINDOW.from };
    return [
        ...overlappingRules(policy, vocabulary),
        ...conflictingApprovers(policy, vocabulary),
        ...rulesThatNeverFire(policy, calendar, window),
        ...levelGaps(policy, vocabulary)
    ];
}
