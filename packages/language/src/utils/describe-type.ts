const typeLabels: Record<string, string> = {
    Role: 'role',
    Party: 'role or panel',
    Panel: 'panel',
    Scale: 'scale',
    Level: 'level',
    Event: 'event',
    Predicate: 'flag or named condition',
    Standard: 'standard',
    Policy: 'policy',
    Requirement: 'national requirement',
    EscalationRoute: 'escalation route',
    Rule: 'rule'
};

/** A reader's word for an AST type, as used in messages. */
export function describeType(type: string): string {
    return typeLabels[type] ?? type;
}
