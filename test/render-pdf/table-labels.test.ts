/**
 * labelOverlays: the text of a merged cell cut into parts is centred over the parts on each
 * page, a page break draws the rule under the last part on the page (and over the first on
 * the next when no header repeats), and the marker points are reset for the next layout.
 */
import { describe, expect, it } from 'vitest';
import { preset } from '../../src/layout/preset.js';
import { labelOverlays, TABLE_RULE_PT, type LabelPart } from '../../src/render/pdf/table-labels.js';

const P = preset.tableCellPadding.yPt;
const part = (y: number, height: number, page: number): LabelPart => ({
  point: { x: 50, y },
  height,
  pageNode: { positions: [{ pageNumber: page }] },
});

describe('labelOverlays', () => {
  it('centres the label over its parts on each page and closes it at the page break', () => {
    // Two parts stacked on page 1 (the second starts a rule below the first), one on page 2.
    const parts = [part(100, 40, 1), part(100 + 40 + TABLE_RULE_PT, 40, 1), part(60, 30, 2)];
    const overlays = labelOverlays([{ lines: [{ text: '绩效指标' }], textHeight: 10, width: 30, ruleOnTop: true, parts }]);

    const [text1, rule1] = overlays.get(1)!;
    const page1Top = 100 - P;
    const page1Bottom = 100 + 40 + TABLE_RULE_PT - P + 40;
    expect(text1).toMatchObject({ x: 50, width: 30, y: (page1Top + page1Bottom) / 2 - 5 });
    expect(rule1!.lines).toBeUndefined();
    expect(rule1!.y).toBeCloseTo(page1Bottom + TABLE_RULE_PT / 2);

    const page2 = overlays.get(2)!;
    expect(page2.filter((o) => o.lines)).toEqual([expect.objectContaining({ y: (60 - P + 60 - P + 30) / 2 - 5 })]);
    expect(page2.find((o) => !o.lines)!.y).toBeCloseTo(60 - P - TABLE_RULE_PT / 2);

    expect(parts.every((p) => p.point.x === 0 && p.point.y === 0)).toBe(true);
  });

  it('draws one label and no rule when all parts are on one page', () => {
    const overlays = labelOverlays([
      { lines: [{ text: '产出指标' }], textHeight: 10, width: 30, ruleOnTop: false, parts: [part(100, 20, 3), part(120.5, 20, 3)] },
    ]);
    expect([...overlays.keys()]).toEqual([3]);
    expect(overlays.get(3)).toHaveLength(1);
  });
});
