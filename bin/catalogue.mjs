#!/usr/bin/env node
// `npm run catalogue:count`: how often each published wording is seen, into templates/catalogue/slots.json (src/catalogue-cli.ts).
import { runEntry } from './run-entry.mjs';

await runEntry('catalogue-cli');
