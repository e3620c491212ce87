import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createRiskPolicyServices } from '@riskpolicy/language';
import { registerCheckFilesRequest } from './check-files-request.js';
import { registerCohortRequest } from './cohort-request.js';
import { registerCoverageRequest } from './coverage-request.js';
import { registerScenarioRequests } from './scenario-requests.js';
import { installCheckSettings } from './check-settings.js';
import { notifyWorkspaceChanges } from './workspace-changes.js';

// The RiskPolicy language server: every check the CLI runs (single-document, whole-policy and
// conformance to the national packs), hovers, quick fixes and code lenses, over the Language Server
// Protocol; and the `riskpolicy/…` requests (src/shared/protocol.ts) the extension's commands,
// test view and webviews send.
const connection = createConnection(ProposedFeatures.all);
const { shared, RiskPolicy } = createRiskPolicyServices({ connection, ...NodeFileSystem });
installCheckSettings(connection, shared, RiskPolicy);
notifyWorkspaceChanges(connection, shared);
startLanguageServer(shared);
registerScenarioRequests(connection, shared, RiskPolicy);
registerCoverageRequest(connection, shared, RiskPolicy);
registerCohortRequest(connection, shared, RiskPolicy);
registerCheckFilesRequest(connection, shared);
