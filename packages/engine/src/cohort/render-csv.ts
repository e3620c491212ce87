import type { CohortReport } from './run-cohort.js';

function cell(value: string | number): string {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV of every table of the report: `table,name,period,count,rate`. */
export function renderCohortCsv(report: CohortReport): string {
    const rows: Array<Array<string | number>> = [['table', 'name', 'period', 'count', 'rate']];
    report.workload.forEach(entry => rows.push(['workload', entry.role, entry.week, entry.due, '']));
    report.panels.forEach(entry => rows.push(['panel-load', entry.panel, entry.date, entry.items, '']));
    report.countersignatures.forEach(entry => rows.push(['countersignatures', entry.approver, entry.week, entry.signOffs, '']));
    report.breaches.forEach(entry => rows.push(['breaches', entry.rule, '', entry.missed, entry.rate]));
    return rows.map(row => row.map(cell).join(',')).join('\n') + '\n';
}
