/**
 * Where each unit of a run will be written, checked before anything is rendered or
 * written. Two checks, each a data error naming both sources and the field:
 *
 * - peekUnits then checkUnitFolders (before the run starts): reads each file's `year` and
 *   `unit.name` (a light parse of JSON files; a file that does not parse, or a workbook, is
 *   left to the loader, which refuses it with its own errors if need be) and refuses a
 *   `year` that differs from its year folder, a unit name that cannot be a folder name, and
 *   two units that would share one output folder.
 * - documentFileErrors (after a unit is prepared): refuses two documents of the unit with
 *   the same file name (two projects of one name) and file names over the file-system limit.
 *
 * Takes the data files (or a prepared unit) and the output folder (for the messages);
 * adds the errors to each planned unit (or returns the unit's errors).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputFormat, PreparedDocument } from '../render/render-document.js';
import type { Finding } from '../schema/format-issues.js';
import type { DataFile } from './discover.js';
import { MAX_NAME_BYTES, safeSegment, sanitizeSegment } from './safe-name.js';
import { MAX_UNIT_FOLDER_BYTES } from './write-outputs.js';
import { msg } from '../text/msg.js';

export interface PlannedUnit extends DataFile {
  /** `year` and `unit.name` as the file states them, when it parses and they have the right type. */
  year: number | undefined;
  unitName: string | undefined;
  errors: Finding[];
}

async function peek(file: DataFile): Promise<PlannedUnit> {
  const planned: PlannedUnit = { ...file, year: undefined, unitName: undefined, errors: [] };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file.path)).replace(/^\uFEFF/, ''));
  } catch {
    return planned;
  }
  const record = (data ?? {}) as { year?: unknown; unit?: { name?: unknown } };
  if (typeof record.year === 'number' && Number.isInteger(record.year)) planned.year = record.year;
  if (typeof record.unit?.name === 'string') planned.unitName = record.unit.name;
  return planned;
}

function byteCount(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Reads every file's year and unit name; returns them, with no errors yet (checkUnitFolders adds them). */
export async function peekUnits(files: readonly DataFile[]): Promise<PlannedUnit[]> {
  const planned: PlannedUnit[] = [];
  for (const file of files) planned.push(await peek(file));
  return planned;
}

/** Adds the folder errors to the planned units of one run (year vs folder, folder names, collisions). */
export function checkUnitFolders(units: readonly PlannedUnit[], outRoot: string): void {
  const byFolder = new Map<string, PlannedUnit[]>();
  for (const unit of units) {
    if (unit.year !== undefined && unit.folderYear !== undefined && unit.year !== unit.folderYear) {
      unit.errors.push({
        path: '$.year',
        message: msg`数据中的年度为${unit.year}，但文件位于年度文件夹“${unit.folderYear}”中（${unit.path}）；请核对 year，或把文件移到 ${unit.year} 文件夹（可能是把上一年度的文件复制过来后没有修改年度）`,
      });
      continue;
    }
    if (unit.year === undefined || unit.unitName === undefined) continue;
    let folder: string;
    try {
      folder = safeSegment(unit.unitName, MAX_UNIT_FOLDER_BYTES);
    } catch (err) {
      unit.errors.push({
        path: '$.unit.name',
        message: msg`单位名称不能用作输出文件夹名：${(err as Error).message}；请缩短单位名称（文件夹名最多${MAX_UNIT_FOLDER_BYTES}字节，一个汉字占3字节）`,
      });
      continue;
    }
    const key = `${unit.year}/${folder}`;
    byFolder.set(key, [...(byFolder.get(key) ?? []), unit]);
  }
  for (const [key, sharing] of byFolder) {
    if (sharing.length < 2) continue;
    for (const unit of sharing) {
      const others = sharing
        .filter((u) => u !== unit)
        .map((u) => msg`${u.path}（单位名称“${u.unitName}”）`)
        .join(msg`、`);
      unit.errors.push({
        path: '$.unit.name',
        message: msg`单位名称“${unit.unitName}”与 ${others}写入同一个输出文件夹 ${join(outRoot, key)}，会相互覆盖；这些单位都未生成，请修改其中的单位名称（或删除重复的数据文件）`,
      });
    }
  }
}

/** The JSON path of the field that names a document (the unit name, or its project's name). */
function namingField(doc: PreparedDocument, projectIndex: number): string {
  return doc.kind === 'project-evaluation' ? `$.projects[${projectIndex}].name` : '$.unit.name';
}

/**
 * File-name errors of one prepared unit: names that collide (after making them safe) or
 * exceed the file-system limit. Note: this follows the renderers' naming, `<title>.<format>`
 * (render-document.ts); should the two ever differ, the writer still refuses two files of
 * one name and a name over the limit, only later and as a write failure.
 */
export function documentFileErrors(documents: readonly PreparedDocument[], formats: readonly OutputFormat[]): Finding[] {
  const errors: Finding[] = [];
  const seen = new Map<string, string>();
  let projectIndex = -1;
  for (const doc of documents) {
    if (doc.kind === 'project-evaluation') projectIndex += 1;
    const field = namingField(doc, projectIndex);
    for (const format of formats) {
      const name = sanitizeSegment(`${doc.title}.${format}`);
      const bytes = byteCount(name);
      if (bytes > MAX_NAME_BYTES) {
        const what = doc.kind === 'project-evaluation' ? msg`单位名称（$.unit.name）或项目名称` : msg`单位名称`;
        errors.push({
          path: field,
          message: msg`文件名“${name.slice(0, 40)}…”共${bytes}字节，超过文件系统允许的${MAX_NAME_BYTES}字节（一个汉字占3字节）；请缩短${what}`,
        });
        break;
      }
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        errors.push({ path: field, message: msg`与 ${earlier} 生成同名文件“${name}”，会相互覆盖；请修改其中一个名称（项目名称不能重复）` });
        break;
      }
      seen.set(name, field);
    }
  }
  return errors;
}
