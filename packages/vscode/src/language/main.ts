import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createRiskPolicyServices } from '@riskpolicy/language';

// The RiskPolicy language server: every check the CLI runs (single-document, whole-policy and
// conformance to the national packs), hovers and quick fixes, over the Language Server Protocol.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createRiskPolicyServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
