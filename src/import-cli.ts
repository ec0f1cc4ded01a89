/**
 * `npm run import -- <数据文件> [--out <数据目录>]`: turns a unit's fill-in workbook (and the
 * 公开表 or 财决 workbooks beside it, see README 用 Excel 填报) into a JSON data file, for
 * whoever reviews the data in git. The unit is first checked exactly as `npm run generate --
 * --check` checks it; a unit refused there is not written. Writes <out>/<年度>/<单位>.json,
 * pretty-printed (2 spaces) with "$schema". Exit codes: 0 written; 1 the data are invalid or
 * the file exists; 2 failure; 64 wrong usage.
 */
import { join } from 'node:path';
import { EXIT, parseArgsOrUsage, runCommand, UsageError } from './cli/command.js';
import { safeSegment } from './cli/safe-name.js';
import { writtenData } from './cli/written-data.js';
import { inSchemaOrder } from './schema/field-info.js';
import { loadUnit } from './load/load-unit.js';
import { prepareLoadedUnit } from './pipeline.js';
import { writeFileWhole } from './cli/write-file.js';
import { msg } from './text/msg.js';

/** As in every data file: <数据目录>/<年度>/<单位>.json beside schema/ (the project's layout). */
const SCHEMA_REFERENCE = '../../schema/unit-year.schema.json';

const HELP = msg`用法：npm run import -- <填报工作簿.xlsx> [--out <数据目录>] [--force]

把单位的填报工作簿（以及放在它旁边的 <单位>.公开表.xlsx、<单位>.财决.xls 等报表）转为 JSON 数据
文件，便于在 git 中审阅。先按 npm run generate -- --check 的标准校验，不合格则不写出。

选项：
  --out <目录>   数据目录（默认：data）；写入 <目录>/<年度>/<单位>.json
  --force        覆盖已有的 JSON 文件（默认不覆盖）
  -h, --help     显示本帮助

示例：
  npm run import -- data/2024/遂宁市安居区司法局.xlsx --out data
`;

interface Options {
  /** The one positional argument (absent only with --help). */
  file: string;
  out: string;
  force: boolean;
  help: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgsOrUsage({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'data' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!values.help && positionals.length !== 1) throw new UsageError(msg`请给出一个要导入的数据文件（填报工作簿 .xlsx/.xls，或 .json）`);
  return { file: positionals[0]!, out: values.out, force: values.force, help: values.help };
}

async function run({ file, out, force }: Options): Promise<number> {
  const loaded = await loadUnit(file);
  const prepared = await prepareLoadedUnit(file, loaded, { formats: [], checkOnly: true });
  for (const w of prepared.warnings) console.error(msg`  提示 ${w.path}：${w.message}`);
  if (!prepared.ok) {
    console.error(msg`✗ ${file}：${prepared.errors.length} 处错误，未写出 JSON`);
    for (const e of prepared.errors) console.error(msg`    ${e.path}：${e.message}`);
    return EXIT.invalidInput;
  }
  if (!loaded.ok) throw new Error(msg`数据已通过校验，读取结果却是错误`);
  const rest = writtenData(loaded);
  if (!rest) throw new Error(msg`数据已通过校验，再次解析时却出错`);
  const target = join(out, String(loaded.data.year), `${safeSegment(loaded.data.unit.name)}.json`);
  const text = `${JSON.stringify(inSchemaOrder({ $schema: SCHEMA_REFERENCE, ...rest }), null, 2)}\n`;
  await writeFileWhole(target, new TextEncoder().encode(text), force);
  console.log(msg`✓ 已写出 ${target}`);
  return EXIT.ok;
}

/** Runs the command with its arguments; returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return runCommand({ name: 'import', help: HELP, parse: parseOptions, run }, argv);
}
