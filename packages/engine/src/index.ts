export * from './ir/index.js';
export { irJsonSchema } from './ir-json-schema.js';
export { parseCitation } from './citations.js';
export * from './calendar/index.js';
export * from './conformance/index.js';
export * from './consistency/index.js';
export * from './simulation/index.js';
export * from './cohort/index.js';
export { reaches } from './graph.js';
