import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { RequirementCoverage } from '@riskpolicy/engine';
import type { Requirement, Rule } from '../generated/ast.js';
import { isDuty, isPolicy, isRequirement, isRule, isStandard } from '../generated/ast.js';
import type { RiskPolicyServices } from '../riskpolicy-module.js';
import type { RiskPolicyPolicyAnalysis } from '../conformance/riskpolicy-policy-analysis.js';

const statusWords: Record<string, string> = {
    implemented: 'implemented as written', tightened: 'tightened (the local rule is stricter)', laxer: 'laxer than required',
    missing: 'missing', external: 'set in another document (unverifiable)', 'not-applicable': 'declared not applicable'
};

function requirementSummary(requirement: Requirement): string {
    const root = AstUtils.findRootNode(requirement);
    const standard = isStandard(root) ? root : undefined;
    const strength = requirement.clauses.find(isDuty)?.strength ?? 'must';
    return [
        `**${standard?.name ?? ''}.${requirement.name}**${requirement.title ? ` — ${requirement.title}` : ''}`,
        '',
        `${strength}, ${requirement.direction}${requirement.citations.length ? ` · ${requirement.citations.join(' ')}` : ''}${standard?.title ? ` · ${standard.title}` : ''}`
    ].join('\n');
}

function coverageLine(entry: RequirementCoverage): string {
    const requirement = entry.requirement;
    const citations = requirement.citations.map(citation => citation.text).join(' ');
    const findings = entry.findings.length ? ` (${entry.findings.join(', ')})` : '';
    return `- \`${requirement.standard}.${requirement.id}\`${requirement.title ? ` — ${requirement.title}` : ''} · ${requirement.strength}, ${requirement.direction} ${citations}  \n  ${statusWords[entry.status] ?? entry.status}${findings}`;
}

/**
 * Hovers: a local rule shows the national requirements it carries out or tightens, with their
 * citations and how it compares; a requirement shows its summary; anything else its comment.
 */
export class RiskPolicyHoverProvider extends MultilineCommentHoverProvider {
    private readonly analysis: () => RiskPolicyPolicyAnalysis;

    constructor(services: RiskPolicyServices) {
        super(services);
        this.analysis = () => services.analysis.PolicyAnalysis;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, params);
        if (hover) {
            return hover;
        }
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position)) : undefined;
        const rule = leaf ? AstUtils.getContainerOfType(leaf.astNode, isRule) : undefined;
        const content = rule ? this.ruleContent(rule) : undefined;
        return content ? { contents: { kind: 'markdown', value: content } } : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isRequirement(node)) {
            return requirementSummary(node);
        }
        if (isRule(node)) {
            return this.ruleContent(node);
        }
        return super.getAstNodeHoverContent(node);
    }

    private ruleContent(rule: Rule): string | undefined {
        const root = AstUtils.findRootNode(rule);
        if (!isPolicy(root)) {
            return undefined;
        }
        const analysis = this.analysis().analyse(AstUtils.getDocument(rule));
        const entries = analysis?.conformance.coverage.filter(entry => entry.rules.includes(rule.name)) ?? [];
        const heading = `**rule ${rule.name}**${rule.title ? ` — ${rule.title}` : ''}`;
        if (entries.length === 0) {
            return `${heading}\n\nCarries out no national requirement${root.headers.some(header => header.$type === 'ConformsHeader') ? ' of the standards this policy conforms to' : ' (the policy conforms to no standard)'}.`;
        }
        return `${heading}\n\nCarries out:\n${entries.map(coverageLine).join('\n')}`;
    }
}
