#!/usr/bin/env node
// `npm run workbook`: writes a fill-in workbook (src/workbook-cli.ts).
import { runEntry } from './run-entry.mjs';

await runEntry('workbook-cli');
