/**
 * Refuses JSON nested deeper than any data file needs, before anything recursive sees it.
 * Takes the JSON text; returns nothing when its depth is within MAX_NESTING_DEPTH, or the
 * error (JSON path of the container that goes too deep, 第N行第M列, the limit).
 *
 * Note: the duplicate-field check (jsonc-parser's visit) recurses once per level and ran
 * out of stack at about 4,100 nested arrays ("Maximum call stack size exceeded", an
 * internal error blamed on nothing). This walk uses jsonc-parser's scanner, which only
 * returns tokens, and keeps its own stack, so no depth can overflow it.
 */
import jsonc, { type SyntaxKind as JsonSyntaxKind } from 'jsonc-parser';
import { jsonPath, type Finding } from '../schema/format-issues.js';
import { msg } from '../text/msg.js';

/**
 * The reference data file nests 6 levels deep (the file, `projects`, a project, its
 * `indicators`, an indicator …); 32 leaves room for the format to grow and stays far below
 * the ~4,100 levels at which the loader's recursion broke.
 */
export const MAX_NESTING_DEPTH = 32;

type Frame = { kind: 'object'; key: string | undefined } | { kind: 'array'; index: number };

/**
 * The scanner tokens this walk reads. jsonc-parser declares SyntaxKind as an ambient const
 * enum, which verbatimModuleSyntax does not let code read at run time; the values are
 * repeated here, each typed as its enum member, so a wrong number fails to compile and the
 * comparisons with scanner.scan() compare enum with enum.
 */
const SyntaxKind: {
  readonly OpenBrace: JsonSyntaxKind.OpenBraceToken;
  readonly CloseBrace: JsonSyntaxKind.CloseBraceToken;
  readonly OpenBracket: JsonSyntaxKind.OpenBracketToken;
  readonly CloseBracket: JsonSyntaxKind.CloseBracketToken;
  readonly Comma: JsonSyntaxKind.CommaToken;
  readonly Colon: JsonSyntaxKind.ColonToken;
  readonly StringLiteral: JsonSyntaxKind.StringLiteral;
  readonly EOF: JsonSyntaxKind.EOF;
} = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  StringLiteral: 10,
  EOF: 17,
};

function framePath(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const frame of stack) {
    if (frame.kind === 'array') path.push(frame.index);
    else if (frame.key !== undefined) path.push(frame.key);
  }
  return path;
}

export function nestingTooDeep(text: string): Finding | undefined {
  const scanner = jsonc.createScanner(text, true);
  const stack: Frame[] = [];
  /** In an object: the next string token is a key (true) or a value (false). */
  let expectKey = false;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const top = stack[stack.length - 1];
    if (token === SyntaxKind.OpenBrace || token === SyntaxKind.OpenBracket) {
      if (stack.length >= MAX_NESTING_DEPTH) {
        const line = scanner.getTokenStartLine() + 1;
        const column = scanner.getTokenStartCharacter() + 1;
        return {
          path: jsonPath(framePath(stack)),
          message: msg`嵌套层数超过${MAX_NESTING_DEPTH}层（第${line}行第${column}列）；数据文件最多只有几层嵌套，请检查是否多写了方括号或花括号`,
        };
      }
      stack.push(token === SyntaxKind.OpenBrace ? { kind: 'object', key: undefined } : { kind: 'array', index: 0 });
      expectKey = token === SyntaxKind.OpenBrace;
    } else if (token === SyntaxKind.CloseBrace || token === SyntaxKind.CloseBracket) {
      stack.pop();
      expectKey = false;
    } else if (token === SyntaxKind.Comma) {
      if (top?.kind === 'array') top.index += 1;
      expectKey = top?.kind === 'object';
    } else if (token === SyntaxKind.StringLiteral && expectKey && top?.kind === 'object') {
      top.key = scanner.getTokenValue();
      expectKey = false;
    } else if (token === SyntaxKind.Colon) {
      expectKey = false;
    }
  }
  return undefined;
}
