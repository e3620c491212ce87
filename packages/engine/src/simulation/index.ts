export { simulateCase, type SimulationOptions } from './simulate.js';
export { checkExpectation, type ExpectationResult } from './expectations.js';
export { CaseTimeline, Obligation, TimelineEntry } from './timeline.js';
export { runScenarios, type CaseResult } from './run-scenarios.js';
export { renderTimelinesHtml, timelinesPage } from './render-html.js';
