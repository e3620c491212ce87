export { checkConformance, type ConformanceOptions, type ConformanceResult, type CoverageStatus, type RequirementCoverage } from './check-conformance.js';
export { PolicyFindingCodes, severityOf, type Counterexample, type FindingSeverity, type PolicyFinding, type RequirementReference } from './findings.js';
export { Vocabulary } from './vocabulary.js';
export { DEFAULT_WINDOW, type StartWindow } from './due-dates.js';
export { formatMoment } from '../calendar/dates.js';
export { firstOverlap, firstUncovered, describeSituation, type Situation } from './triggers.js';
