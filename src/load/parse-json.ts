/**
 * Parses JSON text strictly and, when it is malformed, says where and what in Chinese:
 * 第N行第M列, the kind of mistake (缺少逗号, 多余的逗号, 注释, NaN …) and the text there.
 * Also refuses a field written twice in one object, which JSON.parse silently resolves to
 * the last one. Takes the text; returns the value or the errors (Finding[]).
 */
import jsonc from 'jsonc-parser';
import type { Finding } from '../schema/format-issues.js';
import { jsonPath } from '../schema/format-issues.js';
import { nestingTooDeep } from './nesting-depth.js';
import { msg } from '../text/msg.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: Finding[] };

/** jsonc-parser's error names (its ParseErrorCode is a const enum, unusable under isolatedModules). */
const SYNTAX_ZH: Readonly<Record<string, string>> = {
  InvalidSymbol: msg`无法识别的内容（JSON 不允许 NaN、Infinity、单引号、未加引号的文字）`,
  InvalidNumberFormat: msg`数字格式无效`,
  PropertyNameExpected: msg`此处应为用双引号括起的字段名（可能多了一个逗号）`,
  ValueExpected: msg`此处应为一个值（可能多了一个逗号，或缺少值）`,
  ColonExpected: msg`缺少冒号“:”`,
  CommaExpected: msg`缺少逗号“,”`,
  CloseBraceExpected: msg`缺少右花括号“}”`,
  CloseBracketExpected: msg`缺少右方括号“]”`,
  EndOfFileExpected: msg`JSON 已结束，其后还有多余内容`,
  InvalidCommentToken: msg`JSON 不允许注释`,
  UnexpectedEndOfComment: msg`JSON 不允许注释`,
  UnexpectedEndOfString: msg`字符串没有结束（缺少右引号，或字符串中有换行）`,
  UnexpectedEndOfNumber: msg`数字没有写完`,
  InvalidUnicode: msg`无效的 \\u 转义`,
  InvalidEscapeCharacter: msg`无效的转义字符（反斜杠后只能是 " \\ / b f n r t u）`,
  InvalidCharacter: msg`字符串中有未转义的控制字符（如制表符）`,
};

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return msg`第${line}行第${column}列`;
}

/** The text at the error, up to the end of its line, so the reader recognises the spot. */
function excerpt(text: string, offset: number): string {
  const rest = text.slice(offset).split('\n')[0]?.trim() ?? '';
  if (rest === '') return '';
  return msg`，该处内容：${rest.length > 30 ? `${rest.slice(0, 30)}…` : rest}`;
}

function syntaxError(body: string, err: unknown): Finding {
  if (body.trim() === '') return { path: '$', message: msg`JSON 格式错误：文件为空` };
  const found: jsonc.ParseError[] = [];
  jsonc.parse(body, found, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = found[0];
  if (first) {
    if (body.slice(first.offset).trim() === '') {
      return {
        path: '$',
        message: msg`JSON 格式错误（${lineAndColumn(body, first.offset)}）：文件意外结束，内容不完整（缺少右花括号“}”或右方括号“]”，或文件被截断）`,
      };
    }
    const what = SYNTAX_ZH[jsonc.printParseErrorCode(first.error)] ?? jsonc.printParseErrorCode(first.error);
    return { path: '$', message: msg`JSON 格式错误（${lineAndColumn(body, first.offset)}）：${what}${excerpt(body, first.offset)}` };
  }
  // Note: only reached if JSON.parse refuses what jsonc-parser accepts; keep Node's own words.
  const detail = err instanceof Error ? err.message : String(err);
  const position = /position (\d+)/.exec(detail);
  const where = position ? msg`（${lineAndColumn(body, Number(position[1]))}）` : '';
  return { path: '$', message: msg`JSON 格式错误${where}：${detail}` };
}

/** Every field name that occurs twice in the same object, with its path and position. */
function duplicateKeys(body: string): Finding[] {
  const errors: Finding[] = [];
  const open: Set<string>[] = [];
  jsonc.visit(body, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
      const keys = open[open.length - 1];
      if (!keys) return;
      if (keys.has(property)) {
        errors.push({
          path: jsonPath([...pathSupplier(), property]),
          message: msg`字段重复出现（${lineAndColumn(body, offset)}）；同一对象中每个字段只能写一次，否则只有最后一次生效`,
        });
      }
      keys.add(property);
    },
  });
  return errors;
}

export function parseJson(text: string): JsonResult {
  // Note: a UTF-8 BOM (Windows Notepad writes one) is not JSON; drop it rather than refuse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tooDeep = nestingTooDeep(body);
  if (tooDeep) return { ok: false, errors: [tooDeep] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { ok: false, errors: [syntaxError(body, err)] };
  }
  const duplicates = duplicateKeys(body);
  if (duplicates.length > 0) return { ok: false, errors: duplicates };
  return { ok: true, value };
}
