/**
 * A small valid policy to build test cases on: roles on a ladder, a panel that meets, an escalation
 * route. `body` is appended after these declarations.
 */
export function policyWith(body: string, header = ''): string {
    return `policy test-policy "Test policy"
    effective 2024-01-01
    review by 2024-12-31
${header}
role case-holder "case holder"
role line-manager "line manager" also called LM
    senior to case-holder
    if unavailable duty-manager
role duty-manager "duty manager"
    senior to case-holder
role service-manager "service manager"
    senior to line-manager, duty-manager

panel MARP "Multi-Agency Risk Panel"
    meets every 2 weeks on Tuesday from 2024-01-09
    chair service-manager
    presenter case-holder if absent line-manager

escalation overdue "missed deadline" case-holder -> line-manager (after 1 working day) -> service-manager

${body}
`;
}
