/**
 * Static checks of a pack's templates against a document's view, before anything is
 * rendered. Takes a TemplateEnvironment, the document template's name and the root view;
 * returns every problem found (file, line, column, what), never only the first.
 *
 * Handlebars' strict mode only catches a misspelt name on a branch the data takes; a
 * finance clerk who edits the wording of, say, the 政府性基金 paragraph would not see the
 * typo until a unit with 政府性基金 spending comes along. So this walks every branch of
 * every template reachable from the document (partials followed with their context) and
 * resolves each name against the view:
 * - `{{#if}}` / `{{#unless}}` bodies and their `{{else}}` are both checked;
 * - `{{#each list}}` is checked once per element (nothing to check for an empty list);
 * - `{{#with x}}` is checked when x is an object in this view;
 * - a name is unknown when its parent is an object that has no such own key. A parent
 *   that is undefined or null here cannot be checked (another unit's view checks it);
 * - helpers must be known; partials must exist.
 * Note: views are built with every optional key present (as undefined), so "no such
 * key" means a typo, not an absent optional value.
 */
import { KNOWN_HELPERS, type TemplateEnvironment } from './merge.js';
import type { TemplateProblem } from './template-error.js';
import { msg } from '../text/msg.js';

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

const BLOCK_BUILTINS = new Set(['if', 'unless', 'each', 'with']);
/** Block helpers of ours (src/merge/slots.ts): their body is checked in the same context. */
const BLOCK_HELPERS = new Set(['slot', 'numbering']);

/** Where a unit's own sentence for a slot is reported: its path in the data (TemplateProblem.file). */
export const OWN_SENTENCE_FILE_PREFIX = 'style.sentences.';
const UNCHECKABLE = Symbol('uncheckable');
type Value = unknown;

interface Frame {
  /** Context stack, innermost last (../ goes one step out). */
  stack: Value[];
  root: Value;
  file: string;
  /** Partials being expanded, to stop recursion. */
  partials: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

function ownSentences(root: Value): Readonly<Record<string, string>> {
  const style = isObject(root) ? root.style : undefined;
  return isObject(style) && isObject(style.sentences) ? (style.sentences as Record<string, string>) : {};
}

/** `visited`, when given, collects the names of the templates the walk reached (for coverage tests). */
export function checkTemplatePaths(env: TemplateEnvironment, documentName: string, root: object, visited?: Set<string>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  const report = (frame: Frame, node: Node, detail: string) => {
    const key = `${frame.file}:${node.loc?.start.line}:${node.loc?.start.column}:${detail}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file: frame.file, line: node.loc?.start.line, column: node.loc?.start.column, detail });
  };

  /** Resolves a path to its value, reporting an unknown name; UNCHECKABLE when it cannot tell. */
  const resolve = (frame: Frame, path: hbs.AST.PathExpression): Value => {
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (head !== 'root') return UNCHECKABLE; // @index, @first, @last, @key
      return walk(frame, path, frame.root, rest);
    }
    const base = frame.stack[frame.stack.length - 1 - path.depth];
    if (base === undefined && path.depth >= frame.stack.length) return UNCHECKABLE;
    return walk(frame, path, base, path.parts);
  };

  const walk = (frame: Frame, path: hbs.AST.PathExpression, base: Value, parts: string[]): Value => {
    let current: Value = base;
    for (const part of parts) {
      if (current === UNCHECKABLE || !isObject(current)) return UNCHECKABLE;
      if (!Object.hasOwn(current, part)) {
        report(frame, path, msg`未知的名称“${path.original}”：视图中没有字段“${part}”（可能拼错了，或在此处的上下文中不存在）`);
        return UNCHECKABLE;
      }
      current = current[part];
    }
    return current;
  };

  const evaluate = (frame: Frame, expr: Expression): Value => {
    switch (expr.type) {
      case 'PathExpression':
        return resolve(frame, expr as hbs.AST.PathExpression);
      case 'SubExpression': {
        const sub = expr as hbs.AST.SubExpression;
        const name = sub.path.original;
        const args = sub.params.map((p) => evaluate(frame, p));
        checkHash(frame, sub.hash);
        if (name === 'lookup') {
          const [object, key] = args;
          if (!isObject(object) || (typeof key !== 'string' && typeof key !== 'number')) return UNCHECKABLE;
          return Object.hasOwn(object, key) ? object[key as string] : undefined;
        }
        if (!KNOWN_HELPERS.includes(name)) report(frame, sub, msg`未知的助手“${name}”`);
        return UNCHECKABLE;
      }
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return (expr as hbs.AST.StringLiteral).value;
      default:
        return UNCHECKABLE;
    }
  };

  const checkHash = (frame: Frame, hash: hbs.AST.Hash | undefined): Record<string, Value> => {
    const values: Record<string, Value> = {};
    for (const pair of hash?.pairs ?? []) values[pair.key] = evaluate(frame, pair.value);
    return values;
  };

  /** A mustache or block head: a helper call, or a bare path to look up. */
  const checkCall = (frame: Frame, node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement): Value[] => {
    const path = node.path as hbs.AST.PathExpression;
    const isCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type === 'BlockStatement';
    if (path.type === 'PathExpression' && isCall && !path.data && path.depth === 0 && path.parts.length === 1) {
      const name = path.parts[0]!;
      if (
        node.type === 'BlockStatement'
          ? !BLOCK_BUILTINS.has(name) && !BLOCK_HELPERS.has(name) && name !== 'lookup'
          : !KNOWN_HELPERS.includes(name) && name !== 'lookup'
      ) {
        report(frame, node, msg`未知的助手“${name}”`);
      }
      checkHash(frame, node.hash);
      return node.params.map((p) => evaluate(frame, p));
    }
    if (path.type === 'PathExpression' && !KNOWN_HELPERS.includes(path.original)) resolve(frame, path);
    return [];
  };

  const visit = (frame: Frame, node: Node): void => {
    switch (node.type) {
      case 'Program':
        for (const child of (node as hbs.AST.Program).body) visit(frame, child);
        return;
      case 'MustacheStatement':
        checkCall(frame, node as hbs.AST.MustacheStatement);
        return;
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = block.path.original;
        const [subject] = checkCall(frame, block);
        const inverse = block.inverse;
        if (name === 'each') {
          const items = Array.isArray(subject) ? subject : isObject(subject) ? Object.values(subject) : [];
          for (const item of items) visit({ ...frame, stack: [...frame.stack, item] }, block.program);
          if (inverse) visit(frame, inverse);
        } else if (name === 'with') {
          if (isObject(subject)) visit({ ...frame, stack: [...frame.stack, subject] }, block.program);
          if (inverse) visit(frame, inverse);
        } else if (name === 'numbering') {
          visit(frame, block.program);
        } else if (name === 'slot') {
          visit(frame, block.program);
          // A unit's own sentence for this slot is checked in the slot's context, and its
          // problems name the data field instead of a template file.
          const slot = typeof subject === 'string' ? subject : undefined;
          const own = slot === undefined ? undefined : ownSentences(frame.root)[slot];
          if (slot !== undefined && own !== undefined) {
            const file = OWN_SENTENCE_FILE_PREFIX + slot;
            try {
              visit({ ...frame, file }, env.parseOwnSentence(slot, own));
            } catch (err) {
              const where = err as { line?: number; column?: number };
              problems.push({ file, line: where.line, column: where.column, detail: err instanceof Error ? err.message : String(err) });
            }
          }
        } else {
          visit(frame, block.program);
          if (inverse) visit(frame, inverse);
        }
        return;
      }
      case 'PartialStatement': {
        const partial = node as hbs.AST.PartialStatement;
        const name =
          partial.name.type === 'PathExpression' ? partial.name.original : String((partial.name as unknown as hbs.AST.StringLiteral).value);
        const [contextArg] = partial.params.map((p) => evaluate(frame, p));
        const hash = checkHash(frame, partial.hash);
        if (!env.has(name)) {
          report(frame, partial, msg`引用的子模板“${name}”不存在`);
          return;
        }
        visited?.add(name);
        if (frame.partials.includes(name)) return;
        const base = partial.params.length > 0 ? contextArg : frame.stack[frame.stack.length - 1];
        if (base === UNCHECKABLE || (partial.params.length > 0 && !isObject(base))) return;
        const context = Object.keys(hash).length > 0 ? { ...(base as object), ...hash } : base;
        visit({ stack: [context], root: frame.root, file: env.file(name).file, partials: [...frame.partials, name] }, env.ast(name));
        return;
      }
      default:
        return;
    }
  };

  visited?.add(documentName);
  visit({ stack: [root], root, file: env.file(documentName).file, partials: [documentName] }, env.ast(documentName));
  return problems;
}
