/**
 * The schema's "missing" findings restated for a workbook's clerk, all in one run: each
 * required cell left blank is named at its cell (必填，尚未填写); a block left blank as a whole
 * is one finding naming its range, not one per cell (nor only its first); a workbook with
 * none of this year's figures is one line saying so. Takes the schema's findings (JSON
 * paths), the data as read and what the reader gathered; returns the findings to report.
 */
import { isRequired } from '../../schema/field-info.js';
import { parseJsonPath, type Finding } from '../../schema/format-issues.js';
import type { Path } from '../../workbook/layout/types.js';
import { getAt, type Json } from '../../workbook/values.js';
import type { BlockRecord, Collector } from './collector.js';
import { msg } from '../../text/msg.js';

const under = (key: string, path: string) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`);

function holdsNumber(value: Json): boolean {
  if (typeof value === 'number') return true;
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNumber);
  return false;
}

/** No figure of this year typed yet (a workbook as `npm run workbook` wrote it, pre-filled or not). Call before `finish()`. */
export function isUnfilled(collector: Collector): boolean {
  return !holdsNumber(collector.data.accounts);
}

export function unfilledFinding(file: string): Finding {
  return {
    path: file,
    message: msg`这个工作簿还没有填写：“收入支出”“一般公共预算”等工作表中本年的金额都是空的。请在浅黄色的单元格中按决算报表填写（名称前带 * 的必填），保存后再运行`,
  };
}

export function restateMissing(
  findings: readonly Finding[],
  input: Json,
  collector: Collector,
  describe: (finding: Finding) => Finding,
): Finding[] {
  const fields = collector.blocks.flatMap((block) => [...block.fields].map(([key, path]) => ({ key, path, block })));
  const out: (Finding | BlockRecord)[] = [];
  const missing = new Map<BlockRecord, { key: string; path: Path }[]>();
  for (const finding of findings) {
    const keys = parseJsonPath(finding.path);
    if (getAt(input, keys) !== undefined) {
      out.push(describe(finding));
      continue;
    }
    // The required cells left blank that the missing field (or object) stands for.
    const blank = fields.filter(
      (f) =>
        under(f.key, finding.path) && getAt(input, f.path) === undefined && isRequired(f.path, Math.min(keys.length, f.path.length - 1)),
    );
    if (blank.length === 0) {
      out.push(describe(finding));
      continue;
    }
    for (const f of blank) {
      const cells = missing.get(f.block) ?? [];
      if (cells.length === 0) out.push(f.block);
      if (!cells.some((c) => c.key === f.key)) cells.push(f);
      missing.set(f.block, cells);
    }
  }
  return out.flatMap((entry) => {
    if (!('fields' in entry)) return [entry];
    const cells = missing.get(entry)!;
    if (!entry.filled)
      return [{ path: entry.where, message: msg`【${entry.label}】整块尚未填写（其中${cells.length}项必填）；请按决算报表填写` }];
    return cells.map(({ key }) => {
      const place = collector.places.get(key);
      return { path: place?.where ?? entry.where, message: msg`【${place?.label ?? entry.label}】必填，尚未填写`, field: key };
    });
  });
}
