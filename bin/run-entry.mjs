// Runs one command's entry module (src/<name>.ts): the compiled one in dist/ when it is at
// least as new as every source file, the TypeScript source through tsx otherwise — so an
// edit is never silently ignored, and a user's run does not pay for compiling TypeScript
// at every start. `importEntry` only imports it (bin/generate.mjs: src/cli.ts runs itself);
// `runEntry` then calls its `main(argv)`, which returns the exit code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtMtime(name) {
  try {
    return statSync(join(root, 'dist', `${name}.js`)).mtimeMs;
  } catch {
    return -1;
  }
}

export async function importEntry(name) {
  if (builtMtime(name) >= newestMtime(join(root, 'src'))) return import(`../dist/${name}.js`);
  const { register } = await import('tsx/esm/api');
  register();
  return import(`../src/${name}.ts`);
}

export async function runEntry(name) {
  const entry = await importEntry(name);
  process.exitCode = await entry.main(process.argv.slice(2));
}
