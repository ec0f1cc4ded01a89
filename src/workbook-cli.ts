/**
 * `npm run workbook`: writes the fill-in workbook (填报工作簿) of one unit and year, to be
 * filled in Excel or WPS instead of writing JSON.
 *   --unit <名称> --year <年度> [--from <上年数据>]   a new year, blank or pre-filled from last year
 *   --data <数据文件>                               the same workbook filled with an existing data file
 * Writes <out>/<年度>/<单位>.xlsx (default out/workbooks). With --data the workbook is read back
 * before it is kept, and must give the data file's content exactly. Exit codes: 0 written;
 * 1 the data file is invalid or the workbook exists; 2 failure; 64 wrong usage.
 */
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EXIT, parseArgsOrUsage, runCommand, UsageError } from './cli/command.js';
import { safeSegment } from './cli/safe-name.js';
import { writtenData } from './cli/written-data.js';
import { loadUnit } from './load/load-unit.js';
import { packNames } from './merge/packs.js';
import { validateWorkbookUnit } from './load/workbook/load-workbook-unit.js';
import { draftFromPriorYear } from './workbook/draft-from-prior-year.js';
import { writeFillInWorkbook } from './workbook/write-fill-in.js';
import { writeFileWhole } from './cli/write-file.js';
import { msg } from './text/msg.js';

const HELP = msg`用法：
  npm run workbook -- --unit <单位全称> --year <年度> [--from <上年数据文件>] [--out <目录>]
  npm run workbook -- --data <数据文件> [--out <目录>]

写出一个单位一个年度的填报工作簿（.xlsx），在 Excel 或 WPS 中填写后，放到数据目录的
<年度>/ 下即可用 npm run generate 生成文档，或用 npm run import 转为 JSON 数据文件。

选项：
  --unit <名称>     单位全称（与数据中的 unit.name 相同）
  --year <年度>     决算年度，如 2024（有 --from 时可省略，取上年加一）
  --from <文件>     上年的数据文件（.json 或填报工作簿）：上年决算数填入“上年数”，部门职责、
                    机构设置、叙述文字、项目及指标等预填，供修改；本年金额留空
  --data <文件>     已有的数据文件（.json 或填报工作簿）：写出填有其全部内容的工作簿
  --out <目录>      输出目录（默认：out/workbooks）；文件写入 <目录>/<年度>/<单位>.xlsx
  --force           覆盖已有的工作簿（默认不覆盖，以免丢失已填写的内容）
  -h, --help        显示本帮助

示例：
  npm run workbook -- --unit 遂宁市安居区司法局 --year 2024 --from data/2023/遂宁市安居区司法局.json
  npm run workbook -- --data data/2023/遂宁市安居区司法局.json --out out/workbooks
`;

interface Options {
  unit?: string;
  year?: number;
  from?: string;
  data?: string;
  out: string;
  force: boolean;
  help: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgsOrUsage({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      unit: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string', default: join('out', 'workbooks') },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    throw new UsageError(msg`--year 应为四位年度，如 2024，实际为“${values.year}”`);
  if (!values.help) {
    if (values.data !== undefined && (values.unit !== undefined || values.year !== undefined || values.from !== undefined))
      throw new UsageError(msg`--data 不能与 --unit、--year、--from 同时使用`);
    if (values.data === undefined && values.from === undefined && (values.unit === undefined || values.year === undefined))
      throw new UsageError(msg`请给出 --unit 和 --year（或 --from 上年数据文件），或 --data 数据文件`);
  }
  return { ...values, year: values.year === undefined ? undefined : Number(values.year) };
}

/** A data file's content as written (JSON before defaults), after it has been validated whole. */
async function loadWritten(file: string): Promise<{ ok: true; input: Record<string, unknown> } | { ok: false }> {
  const loaded = await loadUnit(file);
  if (!loaded.ok) {
    console.error(msg`✗ ${file}：${loaded.errors.length} 处错误，未写出工作簿`);
    for (const e of loaded.errors) console.error(msg`    ${e.path}：${e.message}`);
    return { ok: false };
  }
  const input = writtenData(loaded);
  if (!input) throw new Error(msg`数据文件已通过校验，却无法再次解析`);
  return { ok: true, input };
}

async function run(options: Options): Promise<number> {
  let data: Record<string, unknown>;
  let prefilledFrom: string | undefined;
  if (options.data !== undefined) {
    const loaded = await loadWritten(options.data);
    if (!loaded.ok) return EXIT.invalidInput;
    data = loaded.input;
  } else if (options.from !== undefined) {
    const loaded = await loadWritten(options.from);
    if (!loaded.ok) return EXIT.invalidInput;
    const prior = loaded.input as { year: number; unit: { name: string } };
    if (options.unit !== undefined && options.unit !== prior.unit.name) {
      console.error(msg`✗ --unit “${options.unit}”与上年数据文件中的单位“${prior.unit.name}”不同`);
      return EXIT.invalidInput;
    }
    const year = options.year ?? prior.year + 1;
    if (year !== prior.year + 1) console.error(msg`  提示：上年数据为 ${prior.year} 年度，本工作簿为 ${year} 年度`);
    data = draftFromPriorYear(loaded.input, year);
    prefilledFrom = relative(process.cwd(), options.from) || options.from;
  } else {
    data = { year: options.year, unit: { name: options.unit } };
  }
  const unit = (data.unit as { name: string }).name;
  const year = data.year as number;
  const bytes = await writeFillInWorkbook(data, {
    title: msg`${unit}${year}年度决算填报工作簿`,
    author: unit,
    date: typeof data.documentDate === 'string' ? data.documentDate : `${year + 1}-01-01`,
    ...(prefilledFrom !== undefined ? { prefilledFrom } : {}),
    packNames: packNames(),
  });
  if (options.data !== undefined) {
    // The workbook must give back exactly what it was made from, or it is not kept.
    const back = validateWorkbookUnit(bytes, `${unit}.xlsx`);
    if (!back.ok || !isDeepStrictEqual(back.input, data))
      throw new Error(msg`写出的工作簿读回后与数据文件不一致（程序错误），未保存；请报告此问题`);
  }
  const target = join(options.out, String(year), `${safeSegment(unit)}.xlsx`);
  await writeFileWhole(target, bytes, options.force);
  console.log(msg`✓ 已写出填报工作簿：${target}`);
  if (prefilledFrom !== undefined) console.log(msg`  已按 ${prefilledFrom} 预填上年数和文字，本年金额待填。`);
  const placed = join('data', String(year), `${safeSegment(unit)}.xlsx`);
  console.log(
    msg`  下一步：在 Excel 或 WPS 中填写浅黄色的单元格（名称前带 * 的必填），保存后放到数据目录的年度文件夹中（如 ${placed}），运行 npm run generate -- --data ${placed}`,
  );
  return EXIT.ok;
}

/** Runs the command with its arguments; returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return runCommand({ name: 'workbook', help: HELP, parse: parseOptions, run }, argv);
}
