import { CancellationTokenSource, Location, Position, Range, TestMessage, TestRunProfileKind, TestRunRequest, Uri, tests, window, workspace } from 'vscode';
import type { CancellationToken, Disposable, Event, TestController, TestItem, TestRun } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListScenarios, RunScenarios, type CaseOutcome, type ListScenariosResult, type RunScenariosResult, type ScenarioFileSummary } from '../../shared/protocol.js';

/** Edits come in bursts; the tree is rebuilt once they pause. */
const REFRESH_DELAY_MS = 300;

const caseId = (uri: string, name: string) => `${uri}#${name}`;

/**
 * The Testing view: one test item per scenario file, one child per case. Running them asks the
 * language server to simulate the cases; a failed expectation becomes a message at its line.
 */
export class ScenarioTests implements Disposable {
    private readonly controller: TestController;
    private readonly disposables: Disposable[] = [];

    constructor(private readonly client: LanguageClient, workspaceChanged: Event<void>) {
        this.controller = tests.createTestController('riskpolicy.scenarios', 'RiskPolicy scenarios');
        this.controller.resolveHandler = async item => { if (!item) await this.refresh(); };
        this.controller.refreshHandler = () => this.refresh();
        this.controller.createRunProfile('Run scenarios', TestRunProfileKind.Run, (request, token) => this.run(request, token).then(() => undefined), true);
        // The server says when it has taken in a change to the files (typed, saved, created, deleted,
        // on disk or in a folder): asking earlier would list them as they were.
        this.disposables.push(this.controller, workspaceChanged(() => this.refreshSoon()), { dispose: () => clearTimeout(this.pending) });
    }

    private pending: ReturnType<typeof setTimeout> | undefined;
    private lastError = '';

    dispose(): void {
        this.disposables.forEach(disposable => disposable.dispose());
    }

    private refreshSoon(): void {
        clearTimeout(this.pending);
        this.pending = setTimeout(() => {
            this.refresh().catch(error => {
                // Shown once, not on every keystroke, while the same problem lasts.
                const message = error instanceof Error ? error.message : String(error);
                if (message !== this.lastError) void window.showErrorMessage(`RiskPolicy: could not list the scenarios: ${message}`);
                this.lastError = message;
            });
        }, REFRESH_DELAY_MS);
    }

    /** Asks the server for the workspace's scenario files and rebuilds the tree from them. */
    async refresh(): Promise<void> {
        const files = await this.client.sendRequest<ListScenariosResult>(ListScenarios, {});
        this.controller.items.replace(files.map(file => this.fileItem(file)));
        this.lastError = '';
    }

    private fileItem(file: ScenarioFileSummary): TestItem {
        const uri = Uri.parse(file.uri);
        const item = this.controller.createTestItem(file.uri, workspace.asRelativePath(uri), uri);
        item.description = `scenarios for ${file.policy}`;
        // A second case of the same name is reported in the editor; the tree keeps the first.
        const seen = new Set<string>();
        const firsts = file.cases.filter(entry => !seen.has(entry.name) && seen.add(entry.name) !== undefined);
        item.children.replace(firsts.map(entry => {
            const child = this.controller.createTestItem(caseId(file.uri, entry.name), entry.name, uri);
            child.range = new Range(entry.line, 0, entry.line, 0);
            return child;
        }));
        return item;
    }

    /**
     * Runs one case (the "Run scenario" lens), reporting to the Testing view too: its outcome,
     * undefined when the file has no such case, or the server's reason why it could not run.
     */
    async runCase(uri: string, name: string, token: CancellationToken): Promise<CaseOutcome | undefined> {
        if (!this.controller.items.get(uri)?.children.get(caseId(uri, name))) await this.refresh();
        const item = this.controller.items.get(uri)?.children.get(caseId(uri, name));
        if (!item) return undefined;
        const { outcomes, refusals } = await this.runItems(new TestRunRequest([item]), token);
        const outcome = outcomes.find(candidate => candidate.name === name);
        if (!outcome && refusals.length > 0) throw refusals[0];
        return outcome;
    }

    /** Runs the requested items, grouped by file: one server request per scenario file. */
    async run(request: TestRunRequest, token: CancellationToken): Promise<CaseOutcome[]> {
        return (await this.runItems(request, token)).outcomes;
    }

    private async runItems(request: TestRunRequest, token: CancellationToken): Promise<{ outcomes: CaseOutcome[], refusals: Error[] }> {
        const run = this.controller.createTestRun(request);
        const outcomes: CaseOutcome[] = [];
        const refusals: Error[] = [];
        // Either token stops the run: the caller's, or the Stop button of the Testing view.
        const tokens = [token, run.token];
        const stopped = () => tokens.some(candidate => candidate.isCancellationRequested);
        try {
            for (const [uri, items] of this.casesByFile(request)) {
                if (stopped()) {
                    items.forEach(item => run.skipped(item));
                    continue;
                }
                items.forEach(item => run.started(item));
                const result = await this.runFile(run, uri, items, tokens);
                if (result instanceof Error) refusals.push(result);
                else outcomes.push(...result);
            }
        } finally {
            run.end();
        }
        return { outcomes, refusals };
    }

    private async runFile(run: TestRun, uri: string, items: TestItem[], tokens: CancellationToken[]): Promise<CaseOutcome[] | Error> {
        let result: RunScenariosResult;
        const cancellation = new CancellationTokenSource();
        const listeners = tokens.map(candidate => candidate.onCancellationRequested(() => cancellation.cancel()));
        try {
            result = await this.client.sendRequest<RunScenariosResult>(RunScenarios, { uri, cases: items.map(item => item.label) }, cancellation.token);
        } catch (error) {
            if (cancellation.token.isCancellationRequested) {
                items.forEach(item => run.skipped(item));
                return [];
            }
            const refusal = error instanceof Error ? error : new Error(String(error));
            items.forEach(item => run.errored(item, new TestMessage(refusal.message)));
            return refusal;
        } finally {
            listeners.forEach(listener => listener.dispose());
            cancellation.dispose();
        }
        for (const outcome of result.cases) {
            const item = items.find(candidate => candidate.label === outcome.name);
            if (!item) continue;
            if (outcome.passed) {
                run.passed(item);
            } else {
                run.failed(item, outcome.expectations.filter(entry => !entry.passed).map(entry => {
                    const message = new TestMessage(entry.message);
                    message.location = new Location(Uri.parse(uri), new Position(entry.line, 0));
                    return message;
                }));
            }
        }
        return result.cases;
    }

    /** The cases a run request names (a file stands for all its cases), minus those it excludes. */
    private casesByFile(request: TestRunRequest): Map<string, TestItem[]> {
        const excluded = new Set(request.exclude?.map(item => item.id));
        const roots = request.include ?? [...this.controller.items].map(([, item]) => item);
        const byFile = new Map<string, TestItem[]>();
        for (const root of roots) {
            const cases = root.parent ? [root] : [...root.children].map(([, child]) => child);
            for (const item of cases.filter(candidate => !excluded.has(candidate.id))) {
                const file = item.parent!.id;
                byFile.set(file, [...(byFile.get(file) ?? []), item]);
            }
        }
        return byFile;
    }
}

