// Runs one command's entry module (src/<name>.ts, which exports `main(argv)` returning the
// exit code): the compiled one in dist/ when it is at least as new as every source file,
// the TypeScript source through tsx otherwise — as bin/generate.mjs does for `npm run
// generate`, so an edit is never silently ignored.
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

export async function runEntry(name) {
  let entry;
  if (builtMtime(name) >= newestMtime(join(root, 'src'))) {
    entry = await import(`../dist/${name}.js`);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    entry = await import(`../src/${name}.ts`);
  }
  process.exitCode = await entry.main(process.argv.slice(2));
}
