/**
 * `npm run fuzz-prose -- [--count N] [--seed S] [--render]`: the careful-reader properties
 * (test/support/prose-properties.ts) over many synthetic units (test/support/synthetic-unit.ts),
 * seeds S … S+N−1 (default 1 and 1000). Prints, per property, how many units fail it and one
 * example (seed, document, what, the sentence); with --render also renders every document to
 * .pdf and .docx and checks their text against the tree's and the properties on it. A unit the
 * checks refuse (a bug of the generator) is listed. Exits 1 when anything was found, so it can
 * gate a change.
 */
import { parseArgs } from 'node:util';
import { checkProse, PROPERTIES, PROPERTY_IDS, type ProseFinding } from '../support/prose-properties.js';
import { comparableBlocks } from '../support/prose-text.js';
import { syntheticUnit } from '../support/synthetic-unit.js';
import { prepareProse, renderedProse } from './prepare-prose.js';

const HELP = `npm run fuzz-prose -- [--count N] [--seed S] [--render]

  --count N   how many synthetic units (default 1000)
  --seed S    the first seed (default 1); unit k has seed S+k, so a finding can be replayed
  --render    also render each document to .pdf and .docx (slow: about a second a document)
              and check the rendered text against the tree's
`;

interface Example {
  seed: number;
  document: string;
  finding: ProseFinding;
}

type Source = 'tree' | 'docx' | 'pdf';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' }, render: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const count = Number(values.count ?? 1000);
  const first = Number(values.seed ?? 1);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(first)) {
    process.stderr.write(`--count and --seed take whole numbers\n\n${HELP}`);
    return 2;
  }
  const failing = new Map<string, Set<number>>();
  const examples = new Map<string, Example>();
  const disagreements: string[] = [];
  const refused: string[] = [];
  const note = (source: Source, seed: number, document: string, findings: ProseFinding[]) => {
    for (const finding of findings) {
      const key = `${finding.property}\u0000${source}`;
      if (!failing.has(key)) failing.set(key, new Set());
      failing.get(key)!.add(seed);
      if (!examples.has(key)) examples.set(key, { seed, document, finding });
    }
  };
  const started = Date.now();
  for (let k = 0; k < count; k++) {
    const seed = first + k;
    const data = syntheticUnit(seed);
    let documents: Awaited<ReturnType<typeof prepareProse>>;
    try {
      documents = await prepareProse(data, `synthetic-${seed}.json`);
    } catch (error) {
      // A unit the checks refuse is the generator's fault: say which, and go on.
      refused.push(`seed ${seed}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const document of documents) {
      note('tree', seed, document.title, checkProse(document.blocks, { data }));
      if (!values.render) continue;
      const rendered = await renderedProse(document);
      for (const format of ['docx', 'pdf'] as const) {
        if (comparableBlocks(rendered[format]).join('\n') !== comparableBlocks(document.blocks).join('\n'))
          disagreements.push(`seed ${seed}, ${document.title}: the .${format} text differs from the tree's`);
        note(format, seed, document.title, checkProse(rendered[format], { data }));
      }
    }
    if ((k + 1) % 50 === 0 || k + 1 === count)
      process.stderr.write(`\r${k + 1}/${count} units, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  process.stderr.write('\n');

  const sources: Source[] = values.render ? ['tree', 'docx', 'pdf'] : ['tree'];
  let found = disagreements.length + refused.length;
  for (const line of refused.slice(0, 5)) process.stdout.write(`refused (a generator bug): ${line}\n`);
  for (const property of PROPERTY_IDS) {
    const counts = sources.map((source) => `${source} ${failing.get(`${property}\u0000${source}`)?.size ?? 0}`);
    const example = sources.map((source) => examples.get(`${property}\u0000${source}`)).find((e) => e !== undefined);
    process.stdout.write(`${PROPERTIES[property]}\n  units failing: ${counts.join(', ')} of ${count}\n`);
    if (example) {
      found += 1;
      process.stdout.write(
        `  e.g. seed ${example.seed}, ${example.document}: ${example.finding.detail}\n    「${example.finding.paragraph}」\n`,
      );
    }
  }
  for (const line of disagreements.slice(0, 10)) process.stdout.write(`${line}\n`);
  if (disagreements.length > 10) process.stdout.write(`… and ${disagreements.length - 10} more documents whose rendered text differs\n`);
  return found > 0 ? 1 : 0;
}

process.exitCode = await main();
