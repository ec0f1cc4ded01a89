/**
 * Where the fontkit that pdfkit (under pdfmake) uses lives: resolved from pdfkit's own
 * location, so it is the same copy whether or not npm hoisted it to the top level.
 * Exports pdfkit's path and fontkit's path.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const pdfkitPath = require.resolve('pdfkit');
export const fontkitPath = createRequire(pdfkitPath).resolve('fontkit');
