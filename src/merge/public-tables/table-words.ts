/**
 * The edition's description of its 公开表 forms, from the pack's wording.json (`publicTables`,
 * format in src/schema/public-table-forms.ts), checked once so a layout never prints
 * "undefined": the title block, the tables' titles, the shared headings, the fixed lines of
 * the two 总表 and each table's form (orientation, money columns, note). Takes the pack's
 * merged wording; returns TableWords, or throws naming the key of wording.json at fault.
 */
import { formatIssues } from '../../schema/format-issues.js';
import { publicTablesWordingSchema, type PublicTablesWording, type TableForm } from '../../schema/public-table-forms.js';
import type { PublicTableId } from '../../tables/table-ids.js';
import { msg } from '../../text/msg.js';

export interface TableWords extends Omit<PublicTablesWording, 'thousands'> {
  /** Print figures with thousands separators (1,163.82). */
  thousands: boolean;
}

class TableWordsError extends Error {}

export function tableWords(wording: Record<string, unknown>): TableWords {
  const raw = wording.publicTables;
  if (raw === undefined) throw new TableWordsError(msg`模板包的 wording.json 缺少 publicTables`);
  const parsed = publicTablesWordingSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error.issues, raw).map(
      (issue) => msg`${issue.path.replace(/^\$/, 'publicTables')}：${issue.message}`,
    );
    throw new TableWordsError(msg`模板包的 wording.json 中附表的表样有误：${problems.join('；')}`);
  }
  return { ...parsed.data, thousands: parsed.data.thousands === true };
}

/** A word by key, or an error naming the key (a pack that drops a heading is a broken pack). */
export function word(words: TableWords, key: string): string {
  const value = words.words[key];
  if (typeof value !== 'string') throw new TableWordsError(msg`模板包的 wording.json 缺少 publicTables.words.${key}`);
  return value;
}

/** The form of a table the pack lists, or an error naming the missing key. */
export function formOf(words: TableWords, id: PublicTableId): TableForm {
  const form = words.forms[id];
  if (form === undefined) throw new TableWordsError(msg`模板包的 wording.json 缺少附表“${id}”的表样 publicTables.forms.${id}`);
  return form;
}

/** The money columns of a form that has them, or an error naming the key. */
export function columnsOf(words: TableWords, id: PublicTableId): NonNullable<TableForm['columns']> {
  const columns = formOf(words, id).columns;
  if (columns === undefined)
    throw new TableWordsError(msg`模板包的 wording.json 缺少附表“${id}”的金额栏目 publicTables.forms.${id}.columns`);
  return columns;
}
