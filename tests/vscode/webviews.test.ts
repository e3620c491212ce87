/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { runCohort, runScenarios } from '@riskpolicy/engine';
import { ast, lowerScenarios } from '@riskpolicy/language';
import { repositoryRoot } from '../helpers/cli.js';
import { createTestServices, validate } from '../helpers/services.js';
import { cohortHtml } from '../../packages/vscode/src/extension/webviews/cohort-html.js';
import { coverageHtml, coverageUnavailableHtml } from '../../packages/vscode/src/extension/webviews/coverage-html.js';
import { timelineHtml } from '../../packages/vscode/src/extension/webviews/timeline-html.js';
import type { WebviewContext } from '../../packages/vscode/src/extension/webviews/webview-page.js';

// Each webview page in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// its key elements, no console or page errors, no requests at all, no sideways scrolling, and the
// VS Code theme's colours; screenshots at 100% and 200% zoom go to test-results/webviews/.
const executablePath = '/usr/bin/chromium';
const screenshots = join(repositoryRoot, 'test-results', 'webviews');
const context: WebviewContext = { cspSource: 'https://stub.vscode-cdn.test' };
/** A few of the variables VS Code sets on a webview's <html> (Dark Modern theme). */
const darkTheme = { '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc', '--vscode-descriptionForeground': '#9d9d9d', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px' };
const read = (...path: string[]) => readFileSync(join(repositoryRoot, 'examples', ...path), 'utf8');

let browser: Browser;
const pages = new Map<string, string>();

beforeAll(async () => {
    if (!existsSync(executablePath)) {
        throw new Error(`The webview tests need Chromium at ${executablePath}. On Debian or Ubuntu: apt-get install -y chromium`);
    }
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    mkdirSync(screenshots, { recursive: true });
    const services = await createTestServices();
    const [somerset, scenarios] = await validate(services, read('somerset', 'somerset.riskpolicy'), read('somerset', 'scenarios', 'absence-and-breach.riskpolicy'));
    const analysis = services.RiskPolicy.analysis.PolicyAnalysis.analyse(somerset)!;
    const results = runScenarios(analysis.policy, lowerScenarios(scenarios.parseResult.value as ast.ScenarioSet, () => 'scenarios'), { standards: analysis.standards });
    pages.set('timeline', timelineHtml('Simulated case: somerset', results.map(result => result.timeline), context));
    const report = await runCohort(analysis.policy, analysis.standards, { cases: 40, seed: 3, from: '2025-01-01', months: 3 });
    pages.set('cohort', cohortHtml(report, context));
    const [enfield] = await validate(services, read('enfield', 'enfield.riskpolicy'));
    const coverage = services.RiskPolicy.analysis.PolicyAnalysis.analyse(enfield)!;
    pages.set('coverage-unavailable', coverageUnavailableHtml('The policy \'enfield\' does not parse; fix its syntax errors first. <not markup>', context));
    pages.set('coverage', coverageHtml({ policy: coverage.policy.id, conformsTo: coverage.policy.conformsTo, checkedAgainst: coverage.standards.map(standard => standard.id), requirements: coverage.conformance.coverage }, context));
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

interface Visit {
    problems: string[];
    text: string;
    counts: Record<string, number>;
    overflow: number;
    background: string;
    color: string;
}

/** Opens a page at a zoom (the viewport shrinks and the pixels double, as VS Code's zoom does). */
async function visit(name: string, zoom: 1 | 2, selectors: string[]): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1200 / zoom, height: 800 / zoom }, deviceScaleFactor: zoom });
    const problems: string[] = [];
    page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`); });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('request', request => problems.push(`request: ${request.url()}`));
    page.on('requestfailed', request => problems.push(`failed request: ${request.url()}`));
    await page.setContent(pages.get(name)!, { waitUntil: 'load' });
    await page.evaluate(theme => Object.entries(theme).forEach(([key, value]) => document.documentElement.style.setProperty(key, value)), darkTheme);
    await page.screenshot({ path: join(screenshots, `${name}-${zoom * 100}.png`), fullPage: true });
    const result = await page.evaluate(wanted => ({
        text: document.body.innerText,
        counts: Object.fromEntries(wanted.map(selector => [selector, document.querySelectorAll(selector).length])),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        background: getComputedStyle(document.body).backgroundColor,
        color: getComputedStyle(document.body).color
    }), selectors);
    await page.close();
    return { problems, ...result };
}

describe.each([1, 2] as const)('the webviews at %dx zoom', zoom => {
    test('every page carries the webview Content-Security-Policy: no scripts, no network, styles from the page and the webview only', () => {
        for (const html of pages.values()) {
            expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${context.cspSource} 'unsafe-inline'">`);
            expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!stub\.vscode-cdn\.test)/);
        }
    });

    test('timeline: a chart and the explained entries for each case, in the theme\'s colours', async () => {
        const seen = await visit('timeline', zoom, ['section h2', 'table.gantt', '.bar', 'ol.entries li']);
        expect(seen.problems).toEqual([]);
        expect(seen.counts['section h2']).toBe(2);
        expect(seen.counts['table.gantt']).toBe(2);
        expect(seen.counts['.bar']).toBeGreaterThan(0);
        expect(seen.counts['ol.entries li']).toBeGreaterThan(0);
        expect(seen.text).toContain('Line manager and YJT manager away');
        expect(seen.overflow).toBeLessThanOrEqual(0);
        expect([seen.background, seen.color]).toEqual(['rgb(31, 31, 31)', 'rgb(204, 204, 204)']);
    });

    test('cohort: the five charts', async () => {
        const seen = await visit('cohort', zoom, ['h2', 'svg[role=img]', 'svg rect']);
        expect(seen.problems).toEqual([]);
        expect(seen.counts.h2).toBe(5);
        expect(seen.counts['svg[role=img]']).toBeGreaterThanOrEqual(3);
        expect(seen.counts['svg rect']).toBeGreaterThan(0);
        expect(seen.text).toContain('What the somerset policy asks of the service');
        expect(seen.overflow).toBeLessThanOrEqual(0);
    });

    test('coverage: one table per standard, one row per requirement, with status, rules, findings and citations', async () => {
        const seen = await visit('coverage', zoom, ['table.coverage', 'table.coverage tbody tr', '.status.missing', '.status.not-applicable']);
        expect(seen.problems).toEqual([]);
        expect(seen.counts['table.coverage']).toBe(7);
        expect(seen.counts['table.coverage tbody tr']).toBe(148);
        expect(seen.counts['.status.missing']).toBeGreaterThan(0);
        expect(seen.counts['.status.not-applicable']).toBeGreaterThan(0);
        expect(seen.text).toContain('serious-incidents-2022');
        expect(seen.overflow).toBeLessThanOrEqual(0);
    });

    test('coverage, while the policy cannot be checked: the reason, as text', async () => {
        const seen = await visit('coverage-unavailable', zoom, ['h1', 'table']);
        expect(seen.problems).toEqual([]);
        expect(seen.counts).toEqual({ h1: 1, table: 0 });
        expect(seen.text).toContain("The coverage cannot be shown now: The policy 'enfield' does not parse; fix its syntax errors first. <not markup>");
        expect(seen.overflow).toBeLessThanOrEqual(0);
    });
});
