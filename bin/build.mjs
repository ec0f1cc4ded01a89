#!/usr/bin/env node
// `npm run build` and npm's prepare step (run by `npm ci`): compiles src/ to dist/ so that
// `npm run generate` starts without compiling TypeScript. An install without dev
// dependencies (npm ci --omit=dev) has no compiler: it skips the build, and the CLI then
// runs the sources through tsx (a runtime dependency), only slower to start.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  console.log('未安装 typescript（npm ci --omit=dev），跳过编译；npm run generate 将直接运行源码。');
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
