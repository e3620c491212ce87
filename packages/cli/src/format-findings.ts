import type { Finding } from './findings.js';

/** `file:line:col severity code message`, one finding a line, related locations indented beneath. */
export function formatText(findings: Finding[]): string {
    return findings.map(finding => {
        const head = `${finding.file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.code} ${finding.message}`;
        const related = finding.related.map(info => `    ${info.file}:${info.range.start.line}:${info.range.start.column} ${info.message}`);
        return [head, ...related].join('\n');
    }).join('\n');
}

export function formatSummary(findings: Finding[], fileCount: number): string {
    const errors = findings.filter(finding => finding.severity === 'error').length;
    const warnings = findings.filter(finding => finding.severity === 'warning').length;
    const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
    return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`;
}

export function formatJson(findings: Finding[]): string {
    return JSON.stringify(findings, null, 2);
}
