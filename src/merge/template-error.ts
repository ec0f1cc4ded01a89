/**
 * A template problem a finance clerk can act on: the template file, the line and column,
 * and what is wrong (an unknown name, a partial that does not exist, a helper given the
 * wrong arguments, a syntax error), in Chinese, never a stack trace. Takes Handlebars'
 * exceptions or our own findings; returns TemplateError.
 */
import { relative } from 'node:path';
import { msg } from '../text/msg.js';

export interface TemplateProblem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  detail: string;
}

function where(p: TemplateProblem): string {
  const file = relative(process.cwd(), p.file) || p.file;
  if (p.line === undefined) return file;
  return msg`${file} 第${p.line}行${p.column === undefined ? '' : `第${p.column + 1}列`}`;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly problems: TemplateProblem[];

  constructor(problems: TemplateProblem[]) {
    super(problems.map((p) => msg`模板错误：${where(p)}：${p.detail}`).join('\n'));
    this.problems = problems;
  }
}

/** Handlebars' own wording of the problems a template can have, in Chinese. */
function translate(message: string): string {
  const body = message.replace(/ - \d+:\d+$/, '');
  const notDefined = /^"(.*)" not defined in (.*)$/.exec(body);
  if (notDefined) return msg`未知的名称“${notDefined[1]}”：视图中没有这个字段（可能拼错了，或在此处的上下文中不存在）`;
  const partial = /^The partial (.*) could not be found$/.exec(body);
  if (partial) return msg`引用的子模板“${partial[1]}”不存在`;
  const unknownHelper = /^You specified knownHelpersOnly, but used the unknown helper (.*)$/.exec(body);
  if (unknownHelper) return msg`未知的助手“${unknownHelper[1]}”`;
  const missingHelper = /^Missing helper: "(.*)"$/.exec(body);
  if (missingHelper) return msg`未知的助手“${missingHelper[1]}”`;
  if (/^Parse error/.test(body)) return msg`语法错误：${body.replace(/\n/g, ' ')}`;
  return body;
}

interface HandlebarsLike {
  message?: unknown;
  lineNumber?: unknown;
  column?: unknown;
}

/** Wraps an exception thrown while compiling or rendering `file`. */
export function templateErrorFrom(err: unknown, file: string): TemplateError {
  if (err instanceof TemplateError) return err;
  const e = (err ?? {}) as HandlebarsLike;
  const message = typeof e.message === 'string' ? e.message : String(err);
  let line = typeof e.lineNumber === 'number' ? e.lineNumber : undefined;
  let column = typeof e.column === 'number' ? e.column : undefined;
  const parseLine = /^Parse error on line (\d+):/.exec(message);
  if (line === undefined && parseLine) line = Number(parseLine[1]);
  const trailing = / - (\d+):(\d+)$/.exec(message);
  if (line === undefined && trailing) {
    line = Number(trailing[1]);
    column = Number(trailing[2]);
  }
  return new TemplateError([{ file, line, column, detail: translate(message) }]);
}
