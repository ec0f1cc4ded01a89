/**
 * Writes every bad-input case as a file to open or to feed the CLI by hand:
 * `npx tsx test/bad-inputs/materialise.ts <folder>` → <folder>/2023/<name>.json and
 * <folder>/<name>.expected.txt (one "path：message fragment" per line). Takes the folder;
 * writes there and nowhere else. (The prior-year cases need their 2022 file, which is
 * written to <folder>/2022/<name>.json next to them.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, referenceData } from './cases.js';
import { caseBytes } from './run-case.js';

const folder = process.argv[2];
if (!folder) {
  console.error('用法：npx tsx test/bad-inputs/materialise.ts <输出目录>');
  process.exit(64);
}
mkdirSync(join(folder, '2023'), { recursive: true });
for (const c of CASES) {
  writeFileSync(join(folder, '2023', `${c.name}.json`), caseBytes(c));
  writeFileSync(join(folder, `${c.name}.expected.txt`), `${c.what}\n${c.expected.map((e) => `${e.path}：${e.message}`).join('\n')}\n`);
  if (c.previousYear) {
    mkdirSync(join(folder, '2022'), { recursive: true });
    writeFileSync(join(folder, '2022', `${c.name}.json`), `${JSON.stringify(c.previousYear(referenceData()), null, 2)}\n`);
  }
}
console.log(`已写出 ${CASES.length} 个不合格数据文件到 ${folder}`);
