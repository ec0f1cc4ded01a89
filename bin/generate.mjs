#!/usr/bin/env node
// `npm run generate`: runs the CLI (src/cli.ts, which runs itself when imported), compiled
// in dist/ (built by `npm ci` through the prepare script) or through tsx when the sources
// are newer (bin/run-entry.mjs).
// Note: package.json runs this with `--no-concurrent-recompilation`: the render threads of a
// batch keep both cores busy, and V8's background optimizing compiler only competes with
// them; compiling on the thread that needs the code took about 10% less CPU (cold run) and
// 2.5% less time (24-unit batch, median of 4). A V8 flag must be on node's command line.
import { importEntry } from './run-entry.mjs';

await importEntry('cli');
