/**
 * The layering rules of src/ (ARCHITECTURE.md §2 and §7), checked over the import graph by
 * dependency-cruiser in `npm run lint` (`npm run boundaries` alone). Type-only imports count:
 * a type is a dependency on the module that defines it.
 *
 * - Each folder imports only the folders listed for it in MAY_IMPORT (its own always): the
 *   stages flow one way, the render half never loads the preparing half (zod, Handlebars,
 *   the parser), and only the pipeline and the CLI see every stage.
 * - The backends (pdf, docx, xlsx) never import each other; the pipeline reaches the render
 *   half only through src/render/render-document.ts.
 * - Each library is imported only where LIBRARIES says (the table of ARCHITECTURE.md §7).
 * - src/ imports no devDependency and no package missing from package.json.
 * Writing files is checked by test/architecture/file-writes.test.ts (an import cannot tell
 * reading from writing).
 */

/** Folders of src/ by name: a path pattern each. */
const AREAS = {
  text: '^src/text/',
  util: '^src/util/',
  layout: '^src/layout/',
  tree: '^src/tree/',
  tables: '^src/tables/',
  clock: '^src/stage-clock\\.ts$',
  fonts: '^src/fonts/',
  schema: '^src/schema/',
  workbook: '^src/workbook/',
  load: '^src/load/',
  compute: '^src/compute/',
  checks: '^src/checks/',
  merge: '^src/merge/',
  parse: '^src/parse/',
  charts: '^src/charts/',
  render: '^src/render/',
  read: '^src/read/',
  learn: '^src/learn/',
  pipeline: '^src/pipeline\\.ts$',
  cli: '^src/(cli/|cli\\.ts$|[a-z-]+-cli\\.ts$)',
};

/** What each folder may import besides itself. The pipeline and the CLI may import anything (rules below narrow them). */
const MAY_IMPORT = {
  text: [],
  util: ['text'],
  layout: [],
  tree: ['text'],
  tables: ['text'],
  clock: [],
  fonts: ['text'],
  schema: ['text', 'tables'],
  workbook: ['schema', 'tables', 'text', 'util'],
  load: ['schema', 'workbook', 'fonts', 'tables', 'text', 'util'],
  compute: ['schema', 'tables', 'text'],
  checks: ['compute', 'schema', 'tables', 'text'],
  // merge reads pack files with the load stage's JSON reader (jsonc-parser stays in load) and
  // builds the chart specs the charts stage draws (src/charts/spec.ts, a type; see below).
  merge: ['checks', 'compute', 'load', 'schema', 'tables', 'text'],
  parse: ['tree', 'text'],
  charts: ['layout', 'tree', 'text', 'util'],
  render: ['charts', 'clock', 'fonts', 'layout', 'tables', 'tree', 'text', 'util'],
  // Reading a published document (learn, inspect): its text only.
  read: ['text'],
  // Learning a unit's style from what it published: the read text against the slots merge recorded.
  learn: ['read', 'merge', 'schema', 'compute', 'tree', 'text'],
};

/** Each library and the only places that import it (ARCHITECTURE.md §7). */
const LIBRARIES = {
  zod: ['^src/schema/'],
  'jsonc-parser': ['^src/load/'],
  'decimal\\.js': ['^src/compute/decimal\\.ts$'],
  handlebars: ['^src/merge/'],
  'htmlparser2|domhandler': ['^src/parse/'],
  'chart\\.js|chartjs-plugin-datalabels|@napi-rs/canvas': ['^src/charts/'],
  'pdfmake|@types/pdfmake': ['^src/render/pdf/'],
  docx: ['^src/render/docx/'],
  '@e965/xlsx': ['^src/render/xlsx/', '^src/load/workbook/', '^src/workbook/', '^src/util/sheetjs-bundled\\.ts$'],
  exceljs: ['^src/render/xlsx/', '^src/workbook/'],
  fflate: ['^src/load/workbook/', '^src/workbook/', '^src/render/xlsx/', '^src/read/'],
  'pdfjs-dist': ['^src/read/'],
  'piscina|proper-lockfile|tsx': ['^src/cli/'],
};

const packagePath = (name) => `^node_modules/(${name})/`;

const forbidden = [
  ...Object.entries(MAY_IMPORT).map(([area, allowed]) => ({
    name: `layers-${area}`,
    comment: `src/${area} may import only ${allowed.length > 0 ? allowed.join(', ') : 'nothing of src'} (ARCHITECTURE.md §2)`,
    severity: 'error',
    from: { path: AREAS[area] },
    to: {
      path: '^src/',
      pathNot: [AREAS[area], ...allowed.map((other) => AREAS[other]), ...(area === 'merge' ? ['^src/charts/spec\\.ts$'] : [])],
    },
  })),
  {
    name: 'merge-takes-only-the-chart-spec-type',
    comment: 'merge builds chart specs for the charts stage; it imports their type, never the renderer',
    severity: 'error',
    from: { path: AREAS.merge },
    to: { path: '^src/charts/spec\\.ts$', dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'backends-never-import-each-other',
    comment: 'the pdf, docx and xlsx backends share only src/render/*.ts (page plan, document date) (DESIGN.md §2)',
    severity: 'error',
    from: { path: '^src/render/(pdf|docx|xlsx)/' },
    to: { path: '^src/render/(pdf|docx|xlsx)/', pathNot: '^src/render/$1/' },
  },
  {
    name: 'pipeline-renders-through-render-document',
    comment: 'the pipeline reaches the render half only through src/render/render-document.ts',
    severity: 'error',
    from: { path: AREAS.pipeline },
    to: { path: '^src/(render|charts)/', pathNot: '^src/render/render-document\\.ts$' },
  },
  {
    name: 'only-the-cli-imports-the-pipeline-and-the-cli',
    comment: 'no stage imports the pipeline or the commands',
    severity: 'error',
    from: { path: '^src/', pathNot: AREAS.cli },
    to: { path: [AREAS.pipeline, AREAS.cli] },
  },
  ...Object.entries(LIBRARIES).map(([library, places]) => ({
    name: `library-${library.split('|')[0].replace(/\\/g, '')}`,
    comment: `${library.replace(/\\/g, '')} is imported only in ${places.join(', ')} (ARCHITECTURE.md §7)`,
    severity: 'error',
    from: { path: '^src/', pathNot: places },
    to: { path: packagePath(library) },
  })),
  {
    name: 'no-library-outside-the-table',
    comment: 'every library src/ imports is listed in ARCHITECTURE.md §7 (and in LIBRARIES here)',
    severity: 'error',
    from: { path: '^src/' },
    to: {
      dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
      pathNot: Object.keys(LIBRARIES).map(packagePath),
    },
  },
  {
    name: 'no-dev-dependency-in-src',
    comment: 'the generator needs nothing beyond npm ci --omit=dev',
    severity: 'error',
    from: { path: '^src/' },
    to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'no-package-missing-from-package-json',
    comment: 'a package src/ imports must be a dependency of its own, not one of another package',
    severity: 'error',
    from: { path: '^src/' },
    to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
  },
];

module.exports = {
  forbidden,
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.d.ts'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
