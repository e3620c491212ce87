export { checkConsistency, type ConsistencyOptions } from './check-consistency.js';
