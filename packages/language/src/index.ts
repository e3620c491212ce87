export * from './riskpolicy-module.js';
export * from './riskpolicy-builtins.js';
export { RiskPolicyCheckSettings, type CheckSettings } from './riskpolicy-check-settings.js';
export { IssueCodes } from './validation/issue-codes.js';
export { lowerPolicy, lowerStandard } from './lowering/lower-document.js';
export { lowerScenarios } from './lowering/lower-scenarios.js';
export type { PolicyAnalysis } from './conformance/riskpolicy-policy-analysis.js';
export * as ast from './generated/ast.js';
export { RiskPolicyLanguageMetaData } from './generated/module.js';
