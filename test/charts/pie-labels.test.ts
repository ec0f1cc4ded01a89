import { describe, expect, it } from 'vitest';
import { placePieLabels, type PieGeometry, type SliceLabel } from '../../src/charts/pie-labels.js';

const pie: PieGeometry = { centreX: 260, centreY: 150, radius: 100, top: 20, bottom: 280 };
const LINE = 18;

/** Slices laid out as Chart.js does: from 12 o'clock, clockwise; ~8 px per character. */
function slices(percents: number[]): SliceLabel[] {
  let angle = -Math.PI / 2;
  return percents.map((percent) => {
    const startAngle = angle;
    angle += (percent / 100) * 2 * Math.PI;
    const text = `${percent}%`;
    return { text, startAngle, endAngle: angle, textWidth: text.length * 8 };
  });
}

function expectNoOverlap(labels: ReturnType<typeof placePieLabels>): void {
  for (const side of ['left', 'right']) {
    const ys = labels.filter((l) => !l.inside && l.textAlign === side).map((l) => l.y);
    ys.sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(LINE - 1e-9));
  }
}

describe('placePieLabels', () => {
  it('puts a single full slice label in the centre', () => {
    const [label] = placePieLabels(pie, slices([100]), LINE);
    expect(label).toMatchObject({ inside: true, x: 260, y: 150, leader: [] });
  });

  it('keeps labels of two roomy slices inside', () => {
    const labels = placePieLabels(pie, slices([73.65, 26.35]), LINE);
    expect(labels.every((label) => label.inside)).toBe(true);
  });

  it('moves small slices out with leaders, a line apart, clear of the pie', () => {
    const labels = placePieLabels(pie, slices([84.43, 7.34, 2.86, 5.37]), LINE);
    expect(labels.map((label) => label.inside)).toEqual([true, false, false, false]);
    expectNoOverlap(labels);
    for (const label of labels.filter((l) => !l.inside)) {
      expect(label.leader).toHaveLength(3);
      // The text starts beyond the pie's edge at its height.
      const dx = Math.abs(label.x - pie.centreX);
      const dy = Math.max(0, Math.abs(label.y - pie.centreY) - LINE / 2);
      expect(dx ** 2 + dy ** 2).toBeGreaterThan(pie.radius ** 2);
    }
  });

  it('spreads many tiny neighbouring slices within the vertical room', () => {
    const labels = placePieLabels(pie, slices([40, 20, 10, 8, 6, 5, 4, 3, 2, 1, 0.5, 0.5]), LINE);
    expectNoOverlap(labels);
    for (const label of labels) {
      expect(label.y).toBeGreaterThanOrEqual(pie.top);
      expect(label.y).toBeLessThanOrEqual(pie.bottom);
    }
  });
});
