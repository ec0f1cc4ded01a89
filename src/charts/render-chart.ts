/**
 * The charts stage: draws each ChartSpec with Chart.js on @napi-rs/canvas (no DOM) and returns
 * an ImageAsset: an opaque RGB PNG (192 dpi at print size) meant to be printed
 * `CHART_WIDTH_MM` wide. `renderCharts` does a list and keys the results by chart id.
 * The same spec always gives the same bytes.
 */
import { createRequire } from 'node:module';
import type { Chart as ChartClass, ChartItem } from 'chart.js';
import type { createCanvas as createCanvasFn } from '@napi-rs/canvas';
import type { ImageAsset } from '../tree/types.js';
import {
  CHART_WIDTH_MM,
  chartPlan,
  FONT_FAMILY,
  FONT_PX,
  PRINT_PPI,
  TEXT_COLOR,
  valueLabelOrientation,
  type ChartPlan,
} from './chart-config.js';
import { encodeOpaqueRgbPng } from './png-rgb.js';
import type { ChartSpec } from './spec.js';
import { msg } from '../text/msg.js';

const FONT_PATH = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

interface ChartRuntime {
  Chart: typeof ChartClass;
  createCanvas: typeof createCanvasFn;
}

let runtime: Promise<ChartRuntime> | undefined;

/**
 * Loads Chart.js, the datalabels plugin and the canvas on first use (they take a while to
 * load), registers them and the CJK font once per process.
 */
function loadRuntime(): Promise<ChartRuntime> {
  runtime ??= (async () => {
    const [{ Chart, registerables }, { default: dataLabels }, { createCanvas, GlobalFonts }] = await Promise.all([
      import('chart.js'),
      // Note: the package's main entry is a UMD bundle that require()s the CommonJS build of
      // chart.js, a second copy whose ArcElement/BarElement fail the plugin's `instanceof`
      // tests against our elements, so labels land in the wrong place. Its ES module build
      // imports the same chart.js as we do (a hook, ARCHITECTURE.md §8; test/charts/value-labels.test.ts).
      import('chartjs-plugin-datalabels/dist/chartjs-plugin-datalabels.esm.js'),
      import('@napi-rs/canvas'),
    ]);
    // Note: @napi-rs/canvas falls back only to system fonts; on a machine with none (CI),
    // text in an unregistered font measures 0 and draws nothing.
    if (!GlobalFonts.registerFromPath(FONT_PATH, FONT_FAMILY)) {
      throw new Error(msg`无法加载图表字体：${FONT_PATH}`);
    }
    Chart.register(...registerables, dataLabels);
    Chart.defaults.font.family = FONT_FAMILY;
    Chart.defaults.font.size = FONT_PX;
    Chart.defaults.color = TEXT_COLOR;
    return { Chart, createCanvas };
  })();
  return runtime;
}

/** One chart; a bar chart's value labels stand as its document's do (by default, as this chart alone needs). */
export async function renderChart(spec: ChartSpec, orientation = valueLabelOrientation([spec])): Promise<ImageAsset> {
  checkShape(spec);
  const png = await drawPng(chartPlan(spec, orientation));
  return {
    ...png,
    widthMm: CHART_WIDTH_MM,
    alt: spec.title.replace(/^图\s*\d+\s*[：:]\s*/u, ''),
  };
}

/** The charts of one document, keyed by id; the value labels of all its bar charts stand alike. */
export async function renderCharts(specs: ChartSpec[]): Promise<Record<string, ImageAsset>> {
  const images: Record<string, ImageAsset> = {};
  const orientation = valueLabelOrientation(specs);
  for (const spec of specs) {
    if (Object.hasOwn(images, spec.id)) throw new Error(msg`图表编号重复：${spec.id}`);
    images[spec.id] = await renderChart(spec, orientation);
    // Note: the pixels read back from the canvas live in native memory that @napi-rs/canvas
    // frees in a finaliser, and finalisers run only when the event loop turns: awaiting
    // promises alone never lets them, and a batch grew by about 20 MB per unit until it
    // ran out of memory. One turn of the loop per chart keeps memory flat.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return images;
}

async function drawPng<T extends 'bar' | 'pie'>(plan: ChartPlan<T>): Promise<Pick<ImageAsset, 'png' | 'widthPx' | 'heightPx'>> {
  const { Chart, createCanvas } = await loadRuntime();
  const canvas = createCanvas(plan.widthPx, plan.heightPx);
  // Note: Chart.js sees no DOM and uses its BasicPlatform, which only calls getContext('2d');
  // the @napi-rs canvas provides that, though its type is not the DOM's HTMLCanvasElement.
  // Chart.js resizes the canvas to the CSS size × devicePixelRatio and scales the context.
  const chart = new Chart(canvas as unknown as ChartItem, plan.config);
  try {
    const { width, height } = canvas;
    const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const png = encodeOpaqueRgbPng(pixels, width, height, { pixelsPerInch: PRINT_PPI });
    return { png, widthPx: width, heightPx: height };
  } finally {
    chart.destroy();
    // Note: the canvas's pixel memory is native and V8 does not count it, so garbage
    // collection comes too late: a batch grew by about 40 MB per unit. Shrinking the
    // canvas frees its surface now.
    canvas.width = 1;
    canvas.height = 1;
  }
}

/** The spec comes from compute; a shape mismatch is a bug there, named here. */
function checkShape(spec: ChartSpec): void {
  if (spec.kind === 'pie') {
    if (spec.slices.length === 0) throw new Error(msg`饼图 ${spec.id} 没有扇区`);
    return;
  }
  if (spec.series.length === 0 || spec.categories.length === 0) {
    throw new Error(msg`柱状图 ${spec.id} 没有数据`);
  }
  spec.series.forEach((series, i) => {
    const labels = spec.valueLabels[i];
    if (series.values.length !== spec.categories.length || labels?.length !== spec.categories.length) {
      throw new Error(msg`柱状图 ${spec.id} 的系列“${series.label}”应有 ${spec.categories.length} 个数值和标签`);
    }
  });
}
