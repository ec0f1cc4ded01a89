/**
 * Percentage labels for pie charts. `placePieLabels` takes the pie's geometry, each slice's
 * angles and measured label width, and returns where to draw each label: inside the slice when
 * it fits, otherwise outside with a leader line, outside labels pushed apart so that none
 * overlap. `pieLabelsPlugin` draws them on a Chart.js pie (labels in `options.plugins.pieLabels`).
 *
 * Note: chartjs-plugin-datalabels has no leader lines and can only hide colliding labels
 * (`display: 'auto'`), so a pie like 84.43/7.34/2.86/5.37 % would lose or overlap its small
 * slices' labels. Pies therefore use this plugin; bars use datalabels.
 */
import type { ArcElement, Chart, ChartType, Plugin } from 'chart.js';

export interface PieGeometry {
  centreX: number;
  centreY: number;
  radius: number;
  /** Vertical room for outside labels (label centres stay within it). */
  top: number;
  bottom: number;
}

export interface SliceLabel {
  text: string;
  /** Canvas angles in radians (0 = 3 o'clock, clockwise), as Chart.js arcs report them. */
  startAngle: number;
  endAngle: number;
  /** Measured width of the text at the label font. */
  textWidth: number;
}

export interface PlacedLabel {
  text: string;
  /** Anchor point of the text: its centre (inside) or the end nearest the pie (outside). */
  x: number;
  y: number;
  textAlign: 'center' | 'left' | 'right';
  inside: boolean;
  /** Leader line from the slice edge to the text, for outside labels. */
  leader: { x: number; y: number }[];
}

/** Inside labels sit at this fraction of the radius. */
const INSIDE_RADIUS = 0.62;
const INSIDE_MARGIN = 6;
/** Outside labels: the leader leaves the pie radially for this far, then runs level. */
const LEADER_RADIAL = 14;
const LEADER_LEVEL = 8;
const TEXT_GAP = 3;

export function placePieLabels(pie: PieGeometry, slices: SliceLabel[], lineHeight: number): PlacedLabel[] {
  const placed = slices.map((slice) => placeOne(pie, slice, lineHeight));
  for (const side of ['left', 'right'] as const) {
    spreadVertically(
      placed.filter((label) => !label.inside && label.textAlign === side),
      lineHeight,
      pie,
    );
  }
  return placed;
}

function placeOne(pie: PieGeometry, slice: SliceLabel, lineHeight: number): PlacedLabel {
  const sweep = slice.endAngle - slice.startAngle;
  const { text } = slice;
  if (sweep >= 2 * Math.PI - 1e-9) {
    return { text, x: pie.centreX, y: pie.centreY, textAlign: 'center', inside: true, leader: [] };
  }
  const mid = (slice.startAngle + slice.endAngle) / 2;
  const cos = Math.cos(mid);
  const sin = Math.sin(mid);
  const labelRadius = pie.radius * INSIDE_RADIUS;
  // The chord of the slice at the label radius must hold the text's width (and its height,
  // for slices whose label stands upright across a narrow wedge).
  const chord = sweep >= Math.PI ? Infinity : 2 * labelRadius * Math.sin(sweep / 2);
  if (chord >= Math.max(slice.textWidth, lineHeight) + 2 * INSIDE_MARGIN) {
    return {
      text,
      x: pie.centreX + labelRadius * cos,
      y: pie.centreY + labelRadius * sin,
      textAlign: 'center',
      inside: true,
      leader: [],
    };
  }
  const direction = cos >= 0 ? 1 : -1;
  const edge = { x: pie.centreX + pie.radius * cos, y: pie.centreY + pie.radius * sin };
  const elbow = {
    x: pie.centreX + (pie.radius + LEADER_RADIAL) * cos,
    y: pie.centreY + (pie.radius + LEADER_RADIAL) * sin,
  };
  const end = { x: elbow.x + direction * LEADER_LEVEL, y: elbow.y };
  return {
    text,
    x: end.x + direction * TEXT_GAP,
    y: end.y,
    textAlign: direction > 0 ? 'left' : 'right',
    inside: false,
    leader: [edge, elbow, end],
  };
}

/**
 * Moves the outside labels of one side apart so consecutive ones are at least a line apart,
 * keeping them within the pie's top and bottom, then sets each label's level segment at its
 * final height and far enough out that the text clears the pie.
 */
function spreadVertically(labels: PlacedLabel[], lineHeight: number, pie: PieGeometry): void {
  if (labels.length === 0) return;
  labels.sort((a, b) => a.y - b.y);
  const ys = labels.map((label) => label.y);
  ys[0] = Math.max(ys[0]!, pie.top);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + lineHeight);
  ys[ys.length - 1] = Math.min(ys[ys.length - 1]!, pie.bottom);
  for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - lineHeight);
  labels.forEach((label, i) => {
    const y = ys[i]!;
    const direction = label.textAlign === 'left' ? 1 : -1;
    const [, elbow, end] = label.leader as [unknown, { x: number }, { x: number; y: number }];
    // Half-width of the pie (plus the leader's radial run) at the text's nearest edge.
    const nearestDy = Math.max(0, Math.abs(y - pie.centreY) - lineHeight / 2);
    const reach = pie.radius + LEADER_RADIAL;
    const clearance = nearestDy < reach ? Math.sqrt(reach ** 2 - nearestDy ** 2) : 0;
    end.x = pie.centreX + direction * Math.max(Math.abs(elbow.x - pie.centreX) + LEADER_LEVEL, clearance);
    end.y = y;
    label.x = end.x + direction * TEXT_GAP;
    label.y = y;
  });
}

export interface PieLabelsOptions {
  labels: string[];
  font: string;
  lineHeight: number;
  /** Text colour on each slice (chosen for contrast with its fill). */
  insideColors: string[];
  outsideColor: string;
  leaderColor: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging with chart.js's interface requires its type parameter, named as chart.js names it (TType)
  interface PluginOptionsByType<TType extends ChartType> {
    pieLabels?: PieLabelsOptions;
  }
}

export const pieLabelsPlugin: Plugin<'pie', PieLabelsOptions> = {
  id: 'pieLabels',
  afterDatasetsDraw(chart: Chart<'pie'>, _args, options) {
    const { ctx, chartArea } = chart;
    const arcs = chart.getDatasetMeta(0).data as ArcElement[];
    const first = arcs[0];
    if (!first) return;
    ctx.save();
    ctx.font = options.font;
    // Animation is off, so the elements' own properties are their final geometry.
    const pie: PieGeometry = {
      centreX: first.x,
      centreY: first.y,
      radius: first.outerRadius,
      top: chartArea.top + options.lineHeight / 2,
      bottom: chartArea.bottom - options.lineHeight / 2,
    };
    const slices = arcs.map((arc, i) => {
      const text = options.labels[i] ?? '';
      const { startAngle, endAngle } = arc;
      return { text, startAngle, endAngle, textWidth: ctx.measureText(text).width };
    });
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 1;
    ctx.strokeStyle = options.leaderColor;
    placePieLabels(pie, slices, options.lineHeight).forEach((label, i) => {
      if (label.leader.length > 0) {
        ctx.beginPath();
        label.leader.forEach((point, j) => (j === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)));
        ctx.stroke();
      }
      ctx.fillStyle = label.inside ? (options.insideColors[i] ?? '#000') : options.outsideColor;
      ctx.textAlign = label.textAlign;
      ctx.fillText(label.text, label.x, label.y);
    });
    ctx.restore();
  },
};
