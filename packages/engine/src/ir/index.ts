export * from './common.js';
export * from './conditions.js';
export * from './timing.js';
export * from './vocabulary.js';
export * from './rules.js';
export * from './panels.js';
export * from './document.js';
export * from './scenarios.js';
