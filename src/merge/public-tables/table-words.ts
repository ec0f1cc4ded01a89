/**
 * The words of the public tables, from the pack's wording.json (`publicTables`), checked
 * once so a layout never prints "undefined": titles, the label format, column headings,
 * row labels and the Chinese numerals that number the rows of the two 总表. Takes the
 * pack's merged wording; returns TableWords or throws naming the missing key.
 */
import { msg } from '../../text/msg.js';
export interface TableWords {
  /** "公开{nn}表": {nn} is the table's two-digit number. */
  label: string;
  amountUnit: string;
  titles: Record<string, string>;
  /** Headings and labels by key (项目, 合计, 本年收入合计 …). */
  words: Record<string, string>;
  /** 一 二 三 …: numbers the income and 类 lines of the 总表. */
  numerals: string[];
  /** Print figures with thousands separators (1,163.82). */
  thousands: boolean;
}

class TableWordsError extends Error {}

export function tableWords(wording: Record<string, unknown>): TableWords {
  const pt = wording.publicTables as Record<string, unknown> | undefined;
  if (!pt) throw new TableWordsError(msg`模板包的 wording.json 缺少 publicTables`);
  const need = (key: string): unknown => {
    if (pt[key] === undefined) throw new TableWordsError(msg`模板包的 wording.json 缺少 publicTables.${key}`);
    return pt[key];
  };
  return {
    label: String(need('label')),
    amountUnit: String(need('amountUnit')),
    titles: need('titles') as Record<string, string>,
    words: need('words') as Record<string, string>,
    numerals: need('numerals') as string[],
    thousands: pt.thousands === true,
  };
}

/** A word by key, or an error naming the key (a pack that drops a heading is a broken pack). */
export function word(words: TableWords, key: string): string {
  const value = words.words[key];
  if (typeof value !== 'string') throw new TableWordsError(msg`模板包的 wording.json 缺少 publicTables.words.${key}`);
  return value;
}
