/**
 * Types for the ES module build of chartjs-plugin-datalabels, which render-chart.ts imports by
 * path (see the Note there); the package only types its main entry.
 */
declare module 'chartjs-plugin-datalabels/dist/chartjs-plugin-datalabels.esm.js' {
  import type { Plugin } from 'chart.js';

  const plugin: Plugin;
  export default plugin;
}
