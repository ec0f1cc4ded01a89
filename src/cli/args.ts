/**
 * Command-line options of `npm run generate`: takes argv; returns the options or a usage
 * error (exit code 64). The help text is the users' reference, in Chinese.
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_WARN_CHANGE_PERCENT } from '../checks/year-on-year.js';
import type { OutputFormat } from '../render/render-document.js';
import { parseArgsOrUsage, UsageError } from './command.js';
import { msg } from '../text/msg.js';

export { UsageError };

export interface CliOptions {
  data: string;
  out: string;
  year: number | undefined;
  unit: string | undefined;
  formats: OutputFormat[];
  checkOnly: boolean;
  shard: { index: number; count: number } | undefined;
  /** Documents rendered at once (worker threads); 1 renders in the main thread. */
  jobs: number;
  /** Path of a font configuration file (role → .ttf), or undefined for the bundled fonts. */
  fontsFile: string | undefined;
  /** Folders of template packs searched before the bundled templates/ (--packs, repeatable). */
  packDirs: string[];
  /** Year-on-year change, in percent, above which an unexplained change is a warning. */
  warnChange: number;
  help: boolean;
}

export const HELP = msg`用法：npm run generate -- [选项]

从单位年度数据（JSON）生成部门（单位）决算说明（含图表，数据齐全时含第五部分附表）和各项目的
专项预算项目绩效评价报告，每份文档输出 .docx 与 .pdf，附表另出 .xlsx 决算公开表，并写入 manifest.json。

选项：
  --data <文件或目录>   数据文件，或包含 <年度>/<单位>.json 的目录（默认：data）
  --out <目录>          输出目录（默认：out）；文件写入 <输出目录>/<年度>/<单位>/
  --year <年度>         只处理该年度的数据，如 --year 2023
  --unit <单位名称>     只处理该单位（与数据中的 unit.name 相同）
  --format <格式>       输出格式：docx、pdf、xlsx（决算公开表工作簿），可用逗号组合（默认：docx,pdf,xlsx）
  --check               只校验数据（格式、勾稽关系），不生成任何文件
  --warn-change <百分比> 与上年相比变动超过该百分比且未说明原因时给出提示（默认：30）
  --fonts <文件>        字体配置（JSON）：为 PDF 的各字体角色指定 .ttf 文件，如
                        {"body": "fonts/仿宋.ttf", "heading1": "fonts/黑体.ttf"}（路径相对该文件）；
                        可设 body、bodyBold、heading1、heading2、title，未设的用随附的思源字体
  --packs <目录>        另外的模板包所在目录（可重复），先于随附的 templates/ 查找；
                        数据中以 "pack" 指定使用哪个模板包（见 README“修改文字与新增模板包”）
  --jobs <N>            同时生成的文档数（工作线程数，默认：CPU 核数 ${availableParallelism()}）；
                        1 表示不启用工作线程
  --shard <i/n>         把全部单位按文件路径排序后分成 n 份，只处理第 i 份（1 ≤ i ≤ n），
                        供多台机器或调度任务分担大批量生成
  -h, --help            显示本帮助

退出码：0 全部生成；1 有数据文件不合格（其余单位照常生成）；2 生成或写入失败；64 用法错误。

示例：
  npm run generate
  npm run generate -- --data data/2023/遂宁市安居区司法局.json --out out
  npm run generate -- --check --data data
  npm run generate -- --shard 2/3
`;

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgsOrUsage({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'out' },
      year: { type: 'string' },
      unit: { type: 'string' },
      format: { type: 'string', default: 'docx,pdf,xlsx' },
      check: { type: 'boolean', default: false },
      shard: { type: 'string' },
      jobs: { type: 'string' },
      fonts: { type: 'string' },
      packs: { type: 'string', multiple: true },
      'warn-change': { type: 'string', default: String(DEFAULT_WARN_CHANGE_PERCENT) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const formats = values.format
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of formats)
    if (f !== 'docx' && f !== 'pdf' && f !== 'xlsx') throw new UsageError(msg`不支持的格式“${f}”，可选 docx、pdf、xlsx`);
  if (formats.length === 0) throw new UsageError(msg`--format 至少应包含一种格式`);
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(msg`--year 应为四位年度，如 2023，实际为“${values.year}”`);
  }
  let shard: CliOptions['shard'];
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
      throw new UsageError(msg`--shard 应为 i/n 且 1 ≤ i ≤ n，如 1/3，实际为“${values.shard}”`);
    shard = { index, count };
  }
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > 256)
      throw new UsageError(msg`--jobs 应为1到256之间的整数，实际为“${values.jobs}”`);
  }
  const warnChange = Number(values['warn-change']);
  if (!/^\d+(\.\d{1,2})?$/.test(values['warn-change']) || warnChange > 1000) {
    throw new UsageError(msg`--warn-change 应为0到1000之间的百分比数字（不带%，最多两位小数），如 30，实际为“${values['warn-change']}”`);
  }
  return {
    data: values.data,
    out: values.out,
    year,
    unit: values.unit,
    formats: formats as OutputFormat[],
    checkOnly: values.check,
    shard,
    jobs,
    fontsFile: values.fonts,
    packDirs: values.packs ?? [],
    warnChange,
    help: values.help,
  };
}
