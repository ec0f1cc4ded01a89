/**
 * What a workbook reader gathers: the data as a person would have written it in JSON, where
 * each field came from (sheet, cell, label), and the errors met on the way. Takes values,
 * places and messages as the reader finds them; gives the data, the places and the errors.
 *
 * An empty list of a required array (a fund with no items) is kept "weak": it is set only
 * when its parent object holds something else, so that an optional block left blank (附件1)
 * stays absent instead of appearing as an object of empty lists. A required object whose
 * fields are all optional (changeReasons) left blank is likewise an empty object.
 */
import { jsonPath, type Finding } from '../../schema/format-issues.js';
import type { Path } from '../../workbook/layout/types.js';
import { getAt, setAt, type Json } from '../../workbook/values.js';
import { msg } from '../../text/msg.js';

export interface Place {
  /** e.g. 三公明细!C7 (a file name in front when it is not the unit's main file) */
  where: string;
  /** The Chinese words of the field, e.g. 公务接待费·决算数 */
  label: string;
}

/** A block of a fill-in workbook as read: where its cells are, the fields it places, and whether anything in it was filled. */
export interface BlockRecord {
  /** The block's title without 【】 */
  label: string;
  /** Its cells to fill, e.g. 收入支出!C3:C23 */
  where: string;
  /** JSON path → path of every field placed in the block (filled or blank). */
  fields: Map<string, Path>;
  /** Something was typed in the block (read or refused). */
  filled: boolean;
}

export class Collector {
  readonly data: Record<string, Json> = {};
  readonly places = new Map<string, Place>();
  readonly errors: Finding[] = [];
  /** Notes for the reader of the run (an older format read), never a refusal. */
  readonly notes: Finding[] = [];
  /** JSON paths of the fields whose cells were refused (the schema's "missing" for them would say it twice). */
  readonly refusedPaths = new Set<string>();
  private readonly weak: { path: Path; empty: [] | Record<string, never> }[] = [];
  /** Values set (not blanks, not weak lists): tells an empty project sheet from a filled one. */
  valueCount = 0;
  /** The blocks read, in order (a fill-in workbook's; none for a JSON file). */
  readonly blocks: BlockRecord[] = [];
  private block: BlockRecord | undefined;

  /** The fields set or left blank from here to endBlock() belong to this block. */
  beginBlock(label: string, where: string): void {
    this.block = { label, where, fields: new Map(), filled: false };
    this.blocks.push(this.block);
  }

  endBlock(): void {
    this.block = undefined;
  }

  set(path: Path, value: Json, place: Place): void {
    setAt(this.data, path, value);
    this.places.set(jsonPath(path), place);
    this.valueCount += 1;
    if (this.block) {
      this.block.fields.set(jsonPath(path), path);
      this.block.filled = true;
    }
  }

  /** A field left blank: nothing is set, but an error about it will name its cell. */
  blank(path: Path, place: Place): void {
    if (!this.places.has(jsonPath(path))) this.places.set(jsonPath(path), place);
    this.block?.fields.set(jsonPath(path), path);
  }

  /** A required list with no element. */
  emptyList(path: Path, place: Place): void {
    this.weak.push({ path, empty: [] });
    this.blank(path, place);
  }

  /** A required object whose fields may all be blank (changeReasons): blank, it is {}. */
  emptyObject(path: Path): void {
    this.weak.push({ path, empty: {} });
  }

  error(place: Place, message: string, path?: Path): void {
    if (path) this.refusedPaths.add(jsonPath(path));
    if (this.block) this.block.filled = true;
    this.errors.push({ path: place.where, message: msg`【${place.label}】${message}`, ...(path ? { field: jsonPath(path) } : {}) });
  }

  /** Takes over what another collector gathered (a project sheet read on its own). */
  absorb(other: Collector): void {
    for (const [key, place] of other.places) this.places.set(key, place);
    this.errors.push(...other.errors);
    this.notes.push(...other.notes);
    for (const p of other.refusedPaths) this.refusedPaths.add(p);
    this.weak.push(...other.weak);
    this.blocks.push(...other.blocks);
    mergeInto(this.data, other.data);
    this.valueCount += other.valueCount;
  }

  /** The data, with the empty required lists whose parents exist. */
  finish(): Record<string, Json> {
    for (const { path, empty } of this.weak) {
      const parent = path.length === 1 ? this.data : getAt(this.data, path.slice(0, -1));
      if (parent !== undefined && getAt(this.data, path) === undefined) setAt(this.data, path, Array.isArray(empty) ? [] : {});
    }
    return this.data;
  }
}

function mergeInto(target: Record<string | number, Json>, source: Record<string | number, Json>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing !== null && typeof existing === 'object' && value !== null && typeof value === 'object')
      mergeInto(existing as Record<string, Json>, value as Record<string, Json>);
    else target[key] = value;
  }
}
