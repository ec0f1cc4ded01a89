/**
 * The text of merged table cells cut into parts (see table-content), placed after layout.
 * Takes the document's labels once pdfmake has laid it out (each part's marker point then
 * holds where the part landed; a text node of its row, the page); returns, per page, what
 * the footer draws there: each label's text centred over its parts on that page, and the
 * rule that closes a label where a page break cuts it. Resets the points for the next layout.
 *
 * Note: pdfmake lays a row of a `dontBreakRows` table out apart and then copies it onto the
 * page; the `positions` it records inside the row are the copy's page but not its top. A
 * polyline's points are the only thing the copy shares with the node (pdfmake offsets them
 * in place), so a one-point polyline at the top of a part ends up at the part's real place.
 */

import type { Content } from 'pdfmake/interfaces.js';
import { preset } from '../../layout/preset.js';

export const TABLE_RULE_PT = 0.5;
const PAD_X = preset.tableCellPadding.xPt;
const PAD_Y = preset.tableCellPadding.yPt;

export interface LabelPart {
  /** The marker point: pdfmake moves it to the part's content top left. */
  point: { x: number; y: number };
  /** Height of the part's row, padding included, rules not. */
  height: number;
  /** A text node of the part's row with an id, whose page pdfmake records. */
  pageNode: { positions?: { pageNumber: number }[] } | undefined;
}

export interface TableLabel {
  /** The merged cell's text as lines `width` wide, `textHeight` high. */
  lines: Content[];
  textHeight: number;
  width: number;
  /** The table repeats no header rows: a continuation needs its own top rule. */
  ruleOnTop: boolean;
  parts: LabelPart[];
}

/** Something to draw on a page: a label's lines at (x, y) `width` wide, or a rule. */
export interface LabelOverlay {
  x: number;
  y: number;
  width: number;
  lines?: Content[];
}

/** The overlays of every page (1-based) the labels landed on. */
export function labelOverlays(labels: readonly TableLabel[]): Map<number, LabelOverlay[]> {
  const pages = new Map<number, LabelOverlay[]>();
  const add = (page: number | undefined, overlay: LabelOverlay): void => {
    if (page === undefined) return;
    pages.set(page, [...(pages.get(page) ?? []), overlay]);
  };
  for (const label of labels) {
    const rule = (part: LabelPart, y: number): LabelOverlay => ({
      x: part.point.x - PAD_X - TABLE_RULE_PT,
      y,
      width: label.width + 2 * (PAD_X + TABLE_RULE_PT),
    });
    let run: LabelPart[] = [];
    const flush = (): number | undefined => {
      const page = run.map((p) => p.pageNode?.positions?.[0]?.pageNumber).find((n) => n !== undefined);
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const middle = (first.point.y + last.point.y - 2 * PAD_Y + last.height) / 2;
      add(page, { x: first.point.x, y: middle - label.textHeight / 2, width: label.width, lines: label.lines });
      return page;
    };
    label.parts.forEach((part, k) => {
      const previous = label.parts[k - 1];
      // Parts on one page are stacked exactly; a part higher up than the end of the one
      // before it starts a new page.
      if (previous && part.point.y < previous.point.y + previous.height - 1) {
        const page = flush();
        add(page, rule(previous, previous.point.y - PAD_Y + previous.height + TABLE_RULE_PT / 2));
        if (label.ruleOnTop) add(page === undefined ? undefined : page + 1, rule(part, part.point.y - PAD_Y - TABLE_RULE_PT / 2));
        run = [];
      }
      run.push(part);
    });
    flush();
  }
  // Note: pdfmake lays a document out again when a caption must move (pageBreakBefore)
  // and moves the points once more; from where they started, they land right again.
  for (const part of labels.flatMap((l) => l.parts)) Object.assign(part.point, { x: 0, y: 0 });
  return pages;
}
