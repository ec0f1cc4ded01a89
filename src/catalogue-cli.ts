/**
 * `npm run catalogue:count`: how often each alternative of each choice is seen in the published
 * documents the project holds (test/fixtures/published/*, and the reference), slot by slot, by
 * year and level, written into templates/catalogue/slots.json (`counts`), so that a pack's
 * defaults can be read against what was published (issue 18 point 1). Takes the command line;
 * returns the exit code. Each document is learned (src/learn) from its own data, its style set
 * aside; a slot counts for a document when one of the document's sentences is among its
 * renderings, and a choice counts in it when the document's sentences decide it (another
 * alternative would reproduce fewer of them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, parseArgsOrUsage, runCommand } from './cli/command.js';
import { writeFileWhole } from './cli/write-file.js';
import { learnFromFiles } from './learn-cli.js';
import { SLOT_CATALOGUE_FILE } from './merge/slot-catalogue.js';
import { msg } from './text/msg.js';

const HELP = msg`用法：npm run catalogue:count

统计项目中已公开的决算说明（test/fixtures/published/ 下各文档，以及参考文档）逐个句位使用各种写法的次数，
按“年度/层级”写入 templates/catalogue/slots.json 的 counts。模板包的默认写法应是其年度与层级中最常见的一种。
`;

interface Published {
  document: string;
  data: string;
}

function corpus(): Published[] {
  const root = 'test/fixtures/published';
  const list = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(root, e.name);
      const year = readdirSync(join(dir, 'data'))[0]!;
      return { document: join(dir, 'document.txt'), data: join(dir, 'data', year, readdirSync(join(dir, 'data', year))[0]!) };
    });
  // text: vocabulary (the reference's data file, by its name)
  const reference = { document: 'docs/reference/000_cbcf39354c9835b0.txt', data: 'data/2023/遂宁市安居区司法局.json' };
  return [reference, ...list];
}

async function run(): Promise<number> {
  const counts: Record<string, Record<string, Record<string, Record<string, number>>>> = {};
  const scratch = await mkdtemp(join(tmpdir(), 'fa-count-'));
  for (const { document, data } of corpus()) {
    // A document is counted from the pack's defaults: its data's own style is set aside.
    const { style: _own, ...plain } = JSON.parse(readFileSync(data, 'utf8')) as Record<string, unknown>;
    const file = join(scratch, 'data.json');
    await writeFile(file, JSON.stringify(plain));
    const result = await learnFromFiles(document, file);
    if (!result.ok) {
      console.error(msg`✗ ${document}：${result.errors.join('；')}`);
      return EXIT.invalidInput;
    }
    const { report, data: unit } = result.learned;
    const key = `${unit.year}/${unit.level}`;
    let seen = 0;
    for (const decision of report.decisions) {
      if (!decision.evidence) continue;
      seen += 1;
      for (const choice of decision.decided) {
        const alternative = decision.best[choice]!;
        const perChoice = ((counts[decision.slot] ??= {})[choice] ??= {});
        const perAlternative = (perChoice[alternative] ??= {});
        perAlternative[key] = (perAlternative[key] ?? 0) + 1;
      }
    }
    console.log(msg`  ${document}（${key}）：${seen} 个句位有原文可比`);
  }
  const catalogue = JSON.parse(readFileSync(SLOT_CATALOGUE_FILE, 'utf8')) as { slots: Record<string, { title: string; counts?: unknown }> };
  for (const [slot, entry] of Object.entries(catalogue.slots)) {
    if (counts[slot]) entry.counts = counts[slot];
    else delete entry.counts;
  }
  await writeFileWhole(SLOT_CATALOGUE_FILE, new TextEncoder().encode(`${JSON.stringify(catalogue, null, 2)}\n`), true);
  console.log(msg`✓ 已写入 ${SLOT_CATALOGUE_FILE}`);
  return EXIT.ok;
}

/** Runs the command with its arguments; returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return runCommand(
    {
      name: 'catalogue:count',
      help: HELP,
      parse: (args) => parseArgsOrUsage({ args, strict: true, options: { help: { type: 'boolean', short: 'h', default: false } } }).values,
      run,
    },
    argv,
  );
}
