/**
 * The shapes of the fill-in workbook's layout (layout.ts): sheets made of blocks, each
 * block a titled form (rows of labelled fields) or a titled list (one row per element of
 * an array). Plain data shared by the writer (src/workbook) and the reader
 * (src/load/workbook), so the two cannot disagree about where a field is.
 *
 * A block starts with its title in column A (in 【】 so no value is ever mistaken for it),
 * then a header row, then its rows. The reader finds blocks by title and columns by
 * header, never by position: rows and blocks may move, and blank rows are skipped.
 */

/** A JSON path into the data: object keys as strings, array indices as numbers. */
export type Path = readonly (string | number)[];

export interface FormRow {
  /** The group label (分组 column) of a form with groups; repeated on every row of the group. */
  group?: string;
  label: string;
  /** One path per value column; null where the row has no field in that column. */
  cells: readonly (Path | null)[];
  /** The field is a list of texts (paragraphs, names): one row per element, the same label on each. */
  repeats?: boolean;
  /** Words offered in a drop-down list; other words may still be typed (the field is free text). */
  suggestions?: Suggestions;
}

/** The words a drop-down offers for a free-text field, or a list the command gives when it writes the workbook (the packs installed). */
export type Suggestions = readonly string[] | { given: 'packs' };

export interface FormBlock {
  kind: 'form';
  title: string;
  /** Headers of the label columns: ['项目'] or ['分组', '项目']. */
  keyHeaders: readonly string[];
  /** Headers of the value columns, e.g. ['本年数'] or ['上年数', '变动原因']. */
  valueHeaders: readonly string[];
  rows: readonly FormRow[];
}

export interface ListColumn {
  header: string;
  /** Relative to the element (or, for a record list, 'key' or 'value'). */
  path: Path;
  /** A blank cell takes the value of the row above (一级指标 written once for several rows). */
  inheritsFromAbove?: boolean;
  /** Words offered in a drop-down list; other words may still be typed (the field is free text). */
  suggestions?: Suggestions;
}

export interface ListBlock {
  kind: 'list';
  title: string;
  /** The array (or, with `record`, the object of named values) the rows are the elements of. */
  path: Path;
  /** The element is a name → value pair of an object (facts): columns use paths ['key'] and ['value']. */
  record?: boolean;
  columns: readonly ListColumn[];
  /**
   * An array inside each element written over several rows: the element's first row holds
   * its own columns and the first entry, each following row (its key column blank) one more
   * entry. Either texts (one column) or objects (several columns).
   */
  spread?: { path: Path; columns: readonly ListColumn[]; texts?: boolean };
  /** With a spread: a 序号 column numbers the elements (for elements without a required first column). */
  numbered?: boolean;
  /** Blank rows the writer leaves below the elements for the clerk to fill (default: SPARE_ROWS of write-fill-in.ts). */
  spareRows?: number;
}

export type Block = FormBlock | ListBlock;

export interface SheetLayout {
  name: string;
  blocks: readonly Block[];
  /** An older format's sheet some of its workbooks lack: read when present, no error when absent. */
  mayBeAbsent?: boolean;
}
