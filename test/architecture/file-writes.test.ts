/**
 * Only the commands write files (DESIGN.md §2, ARCHITECTURE.md §2): src/cli/, src/cli.ts and
 * the other src/*-cli.ts entry points. Every other module of src/ may read files but imports
 * nothing from node:fs (or node:fs/promises) that writes, creates, moves or deletes, and opens
 * a file only to read it (a flags argument of 'r', or none). The import graph cannot tell
 * reading from writing, so this test looks at the names imported, with the TypeScript parser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const COMMANDS = /^src\/(cli\/|cli\.ts$|[a-z-]+-cli\.ts$)/;
const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
/** Everything of node:fs that changes the file system (both the callback/promise and the Sync names). */
const WRITERS = new Set(
  [
    'appendFile',
    'chmod',
    'chown',
    'copyFile',
    'cp',
    'createWriteStream',
    'fchmod',
    'fsync',
    'ftruncate',
    'futimes',
    'lchown',
    'link',
    'lutimes',
    'mkdir',
    'mkdtemp',
    'rename',
    'rm',
    'rmdir',
    'symlink',
    'truncate',
    'unlink',
    'utimes',
    'write',
    'writeFile',
    'writev',
  ].flatMap((name) => [name, `${name}Sync`]),
);
const OPENERS = new Set(['open', 'openSync']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mjs)$/.test(path) ? [path] : [];
  });
}

/** `file:line: what` for each write this module could make. */
function writesIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  /** Local names of node:fs's open/openSync, and of a namespace import of node:fs. */
  const openers = new Set<string>();
  const namespaces = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!FS_MODULES.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (statement.importClause?.name) namespaces.add(statement.importClause.name.text);
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text;
        if (WRITERS.has(imported)) found.push(`${at(element)}: imports ${imported}`);
        if (OPENERS.has(imported)) openers.add(element.name.text);
      }
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
      if (WRITERS.has(node.name.text)) found.push(`${at(node)}: calls ${node.getText(source)}`);
      if (OPENERS.has(node.name.text) && ts.isCallExpression(node.parent) && !readOnly(node.parent))
        found.push(`${at(node)}: opens to write`);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && openers.has(node.expression.text) && !readOnly(node))
      found.push(`${at(node)}: ${node.expression.text}(…) without the read-only flag 'r'`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** open(path) or open(path, 'r'): nothing else is known to be read-only. */
function readOnly(call: ts.CallExpression): boolean {
  const flags = call.arguments[1];
  return flags === undefined || (ts.isStringLiteral(flags) && flags.text === 'r');
}

it('only the commands write files', () => {
  const files = sourceFiles('src')
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !COMMANDS.test(file));
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(writesIn)).toEqual([]);
});

it('sees a write where there is one', () => {
  // The check itself: the commands do write, and each way of writing is seen there.
  const seen = ['src/cli/write-outputs.ts', 'src/cli/no-follow.ts', 'src/cli/output-folder.ts'].flatMap(writesIn);
  expect(seen.some((line) => line.includes('imports'))).toBe(true);
  expect(seen.some((line) => line.includes('without the read-only flag'))).toBe(true);
});
