import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';

const terminalWords: Record<string, string> = {
    ID: 'a name',
    STRING: 'text in double quotes',
    INT: 'a whole number',
    DATE: 'a date written YYYY-MM-DD',
    TIME: 'a time written HH:MM',
    CITATION: 'a citation in square brackets'
};

/** Keyword token types are named after the keyword itself; terminals have the names above. */
function isKeyword(type: TokenType): boolean {
    return !(type.name in terminalWords) && !['WS', 'ML_COMMENT', 'SL_COMMENT', 'EOF'].includes(type.name);
}

function describe(type: TokenType): string {
    return isKeyword(type) ? `'${type.name.replace(/:KW$/, '')}'` : terminalWords[type.name] ?? type.name;
}

function found(token: IToken): string {
    return token.image === '' ? 'the end of the file' : `'${token.image}'`;
}

/** Parse errors in the words of a policy author, not of the parser. */
export class RiskPolicyParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType, actual: IToken, previous: IToken, ruleName: string }): string {
        if (expected.name === 'ID' && isKeyword(actual.tokenType)) {
            return `'${actual.image}' is a word of the RiskPolicy language and cannot be used as a name. Choose another name; a name may join several words with hyphens.`;
        }
        return `Expected ${describe(expected)} but found ${found(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken, ruleName: string }): string {
        return `${found(firstRedundant)} is not understood here. Each declaration starts with a word such as role, panel, rule, scale, event, escalation, advisory or section.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][], actual: IToken[], previous: IToken, customUserDescription?: string, ruleName: string }): string {
        const starts = [...new Set(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])).filter(Boolean).map(describe))];
        const shown = starts.slice(0, 8).join(', ') + (starts.length > 8 ? ', …' : '');
        return `${found(actual[0])} does not fit here. Expected one of: ${shown}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][], actual: IToken[], previous: IToken, customUserDescription?: string, ruleName: string }): string {
        const starts = [...new Set(expectedIterationPaths.map(path => path[0]).filter(Boolean).map(describe))];
        return `Expected at least one of: ${starts.slice(0, 8).join(', ')}, but found ${found(actual[0])}.`;
    }
}
