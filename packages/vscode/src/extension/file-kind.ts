/** Whether a .riskpolicy text is a policy (not a standard or scenarios): its first word, comments aside. */
export function holdsPolicy(text: string): boolean {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/#[^\n\r]*/g, ' ');
    return /^\s*policy\b/.test(code);
}
