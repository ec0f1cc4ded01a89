/**
 * Row spans for a table column whose equal consecutive labels are drawn as one merged cell
 * (the 一级 and 二级 indicators of the 自评表 and of the 部门整体 indicator table). Takes the
 * label of each row, grouped by its parents' labels; returns, per row, the number of rows
 * the cell spans when the row starts a run, or 0 when the row's cell is covered by the run
 * above (the template then leaves the cell out, HTML-style).
 */

/** `groups[i]` identifies row i's cell, e.g. [level1] or [level1, level2]. */
export function rowSpans(groups: readonly (readonly string[])[]): number[] {
  const spans = new Array<number>(groups.length).fill(0);
  let start = 0;
  for (let i = 1; i <= groups.length; i++) {
    const same =
      i < groups.length && groups[i]!.length === groups[start]!.length && groups[i]!.every((label, k) => label === groups[start]![k]);
    if (!same) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}

/** The 一级 and 二级 spans of an indicator table, per row (a 二级 run never crosses a 一级 boundary). */
export function levelSpans(rows: readonly { level1: string; level2: string }[]): { level1Span: number; level2Span: number }[] {
  const level1 = rowSpans(rows.map((r) => [r.level1]));
  const level2 = rowSpans(rows.map((r) => [r.level1, r.level2]));
  return rows.map((_, k) => ({ level1Span: level1[k]!, level2Span: level2[k]! }));
}
