import sarif from 'node-sarif-builder';
import type { Finding, Severity } from './findings.js';

const { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } = sarif;

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A file path as a SARIF artifact URI (relative paths stay relative to the run's working folder). */
function artifactUri(file: string): string {
    return file.split('\\').join('/');
}

/**
 * SARIF 2.1.0, one run, one rule per finding code. Related locations and, for conformance
 * findings, the national requirement and the counterexample travel in the result.
 */
export function formatSarif(findings: Finding[], version: string): string {
    const run = new SarifRunBuilder().initSimple({ toolDriverName: 'riskpolicy', toolDriverVersion: version });
    for (const code of [...new Set(findings.map(finding => finding.code))].sort()) {
        run.addRule(new SarifRuleBuilder().initSimple({ ruleId: code, shortDescriptionText: code.replace(/-/g, ' ') }));
    }
    for (const finding of findings) {
        const result = new SarifResultBuilder().initSimple({
            level: levels[finding.severity], messageText: finding.message, ruleId: finding.code, fileUri: artifactUri(finding.file),
            startLine: finding.range.start.line, startColumn: finding.range.start.column,
            endLine: finding.range.end.line, endColumn: finding.range.end.column
        });
        if (finding.related.length > 0) {
            result.result.relatedLocations = finding.related.map((related, index) => ({
                id: index,
                message: { text: related.message },
                physicalLocation: {
                    artifactLocation: { uri: artifactUri(related.file) },
                    region: { startLine: related.range.start.line, startColumn: related.range.start.column, endLine: related.range.end.line, endColumn: related.range.end.column }
                }
            }));
        }
        if (finding.requirement || finding.counterexample) {
            result.result.properties = {
                ...(finding.requirement ? { requirement: finding.requirement } : {}),
                ...(finding.counterexample ? { counterexample: finding.counterexample } : {})
            };
        }
        run.addResult(result);
    }
    const log = new SarifBuilder();
    log.addRun(run);
    return log.buildSarifJsonString({ indent: true });
}
