import { Location, Position, Range, TestMessage, TestRunProfileKind, TestRunRequest, Uri, tests, workspace } from 'vscode';
import type { CancellationToken, Disposable, TestController, TestItem, TestRun } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListScenarios, RunScenarios, type CaseOutcome, type ListScenariosResult, type RunScenariosResult, type ScenarioFileSummary } from '../../shared/protocol.js';

const caseId = (uri: string, name: string) => `${uri}#${name}`;

/**
 * The Testing view: one test item per scenario file, one child per case. Running them asks the
 * language server to simulate the cases; a failed expectation becomes a message at its line.
 */
export class ScenarioTests implements Disposable {
    private readonly controller: TestController;
    private readonly disposables: Disposable[] = [];

    constructor(private readonly client: LanguageClient) {
        this.controller = tests.createTestController('riskpolicy.scenarios', 'RiskPolicy scenarios');
        this.controller.resolveHandler = async item => { if (!item) await this.refresh(); };
        this.controller.refreshHandler = () => this.refresh();
        this.controller.createRunProfile('Run scenarios', TestRunProfileKind.Run, (request, token) => this.run(request, token).then(() => undefined), true);
        const watcher = workspace.createFileSystemWatcher('**/*.riskpolicy');
        this.disposables.push(this.controller, watcher,
            watcher.onDidCreate(() => this.refresh()), watcher.onDidDelete(() => this.refresh()),
            workspace.onDidSaveTextDocument(document => document.languageId === 'riskpolicy' ? this.refresh() : undefined));
    }

    dispose(): void {
        this.disposables.forEach(disposable => disposable.dispose());
    }

    /** Asks the server for the workspace's scenario files and rebuilds the tree from them. */
    async refresh(): Promise<void> {
        const files = await this.client.sendRequest<ListScenariosResult>(ListScenarios, {});
        this.controller.items.replace(files.map(file => this.fileItem(file)));
    }

    private fileItem(file: ScenarioFileSummary): TestItem {
        const uri = Uri.parse(file.uri);
        const item = this.controller.createTestItem(file.uri, workspace.asRelativePath(uri), uri);
        item.description = `scenarios for ${file.policy}`;
        item.children.replace(file.cases.map(entry => {
            const child = this.controller.createTestItem(caseId(file.uri, entry.name), entry.name, uri);
            child.range = new Range(entry.line, 0, entry.line, 0);
            return child;
        }));
        return item;
    }

    /** Runs one case (the "Run scenario" lens), reporting to the Testing view too. */
    async runCase(uri: string, name: string, token: CancellationToken): Promise<CaseOutcome | undefined> {
        if (!this.controller.items.get(uri)?.children.get(caseId(uri, name))) await this.refresh();
        const item = this.controller.items.get(uri)?.children.get(caseId(uri, name));
        if (!item) return undefined;
        return (await this.run(new TestRunRequest([item]), token)).find(outcome => outcome.name === name);
    }

    /** Runs the requested items, grouped by file: one server request per scenario file. */
    async run(request: TestRunRequest, token: CancellationToken): Promise<CaseOutcome[]> {
        const run = this.controller.createTestRun(request);
        const outcomes: CaseOutcome[] = [];
        try {
            for (const [uri, items] of this.casesByFile(request)) {
                if (token.isCancellationRequested) break;
                items.forEach(item => run.started(item));
                outcomes.push(...await this.runFile(run, uri, items, token));
            }
        } finally {
            run.end();
        }
        return outcomes;
    }

    private async runFile(run: TestRun, uri: string, items: TestItem[], token: CancellationToken): Promise<CaseOutcome[]> {
        let result: RunScenariosResult;
        try {
            result = await this.client.sendRequest<RunScenariosResult>(RunScenarios, { uri, cases: items.map(item => item.label) }, token);
        } catch (error) {
            items.forEach(item => run.errored(item, new TestMessage(error instanceof Error ? error.message : String(error))));
            return [];
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
