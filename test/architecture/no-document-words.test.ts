/**
 * No document wording in src/ (ARCHITECTURE.md §4): every Chinese string literal in src/ is
 * either a message (a `msg` tagged template) or marked as data vocabulary (a comment with
 * `text: vocabulary` on the line above its statement); in src/compute, only messages: the
 * words of the data format (catalog levels, 定性) are named by constants of src/schema. Anything else could reach a
 * document without going through a template or pack file, and fails here with its place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d]/;
const MARK = 'text: vocabulary';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function isMarkedMessage(node: ts.Node): boolean {
  const parent = node.parent;
  // msg`…` : the literal is the template of a tagged template whose tag is msg.
  if (ts.isTaggedTemplateExpression(parent) && parent.template === node && ts.isIdentifier(parent.tag) && parent.tag.text === 'msg')
    return true;
  return false;
}

function isMarkedVocabulary(node: ts.Node, source: ts.SourceFile): boolean {
  let statement: ts.Node = node;
  while (statement.parent && !ts.isSourceFile(statement.parent) && !ts.isBlock(statement.parent) && !ts.isModuleBlock(statement.parent))
    statement = statement.parent;
  const leading = ts.getLeadingCommentRanges(source.text, statement.getFullStart()) ?? [];
  if (leading.some((r) => source.text.slice(r.pos, r.end).includes(MARK))) return true;
  // Also a comment directly above the literal's own line (inside an object or array).
  const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
  const above = source.text.split('\n')[line - 1] ?? '';
  return above.includes(MARK);
}

function unmarked(file: string, allowVocabulary = true): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
    if (literal && CJK.test(node.getText(source))) {
      if (!isMarkedMessage(node) && !(allowVocabulary && isMarkedVocabulary(node, source))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${node.getText(source).slice(0, 60)}`);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('document wording lives in templates and packs', () => {
  it('every Chinese string in src/ is a marked message or data vocabulary', () => {
    const found = sourceFiles('src').flatMap((file) => unmarked(file));
    expect(found).toEqual([]);
  });

  it('compute holds no Chinese words at all, marked or not, beyond its error messages: it returns numbers, signs and categories', () => {
    const found = sourceFiles('src/compute').flatMap((file) => unmarked(file, false));
    expect(found).toEqual([]);
  });

  it('the test catches an unmarked word (so it can fail)', () => {
    const probe = ts.createSourceFile('probe.ts', "const label = '基本支出';\nconst ok = msg`错误：${x}`;\n", ts.ScriptTarget.Latest, true);
    const literals: ts.Node[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) literals.push(n);
      ts.forEachChild(n, visit);
    };
    visit(probe);
    expect(literals.map((n) => isMarkedMessage(n))).toEqual([false, true]);
  });
});
