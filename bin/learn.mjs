#!/usr/bin/env node
// `npm run learn`: a unit's style from its published 决算说明 (src/learn-cli.ts).
import { runEntry } from './run-entry.mjs';

await runEntry('learn-cli');
