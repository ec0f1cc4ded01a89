#!/usr/bin/env node
// `npm run import`: turns a fill-in workbook into a JSON data file (src/import-cli.ts).
import { runEntry } from './run-entry.mjs';

await runEntry('import-cli');
