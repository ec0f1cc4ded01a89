/**
 * The document's date (DocumentTree meta.date, yyyy-mm-dd from the data, never the clock) as
 * a Date at midnight UTC, for the file properties of all three formats. Takes the ISO date;
 * returns the Date, or throws on a date the schema should already have refused.
 */
import { msg } from '../text/msg.js';

export function documentDate(isoDate: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(msg`文档日期无效：${isoDate}`);
  return date;
}
