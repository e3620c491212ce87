export { runCohort, CohortCancelled, type CohortControl, type CohortParameters, type CohortReport } from './run-cohort.js';
export { CohortMix, DEFAULT_MIX, mixFrom } from './mix.js';
export { isoWeek } from './aggregate.js';
export { renderCohortCsv } from './render-csv.js';
export { cohortPage, renderCohortHtml } from './render-html.js';
export { generateCase } from './generate-case.js';
export { CaseRandom } from './random.js';
