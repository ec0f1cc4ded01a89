/**
 * Marks Chinese text in src/ that never reaches a generated document: messages to the user
 * (errors, warnings, progress, help), descriptions in the JSON Schema, and the vocabulary
 * the tool reads from data (e.g. the 定性 results 优/良/中). Every word a document prints
 * comes from a template or a pack file instead (ARCHITECTURE.md §4);
 * test/architecture/no-document-words.test.ts fails on any Chinese string in src/ that is
 * not marked.
 *
 * `msg` is a tagged template that returns its text unchanged: msg`科目“${code}”不在目录中`.
 * Where a literal type is needed (a zod enum, an `as const` list, an object key), mark the
 * statement instead with a comment containing `text: vocabulary` on the line above.
 */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += String(values[i]) + strings[i + 1]!;
  return out;
}
