/**
 * Parses JSON text and, when it is malformed, says where in Chinese with the line and
 * column. Takes the text; returns the value or a DataError.
 */
import type { DataError } from '../schema/format-issues.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: DataError };

export function parseJson(text: string): JsonResult {
  // Note: a UTF-8 BOM (Windows Notepad writes one) is not JSON; drop it rather than refuse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const offset = Number(position[1]);
      const before = body.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = `第${line}行第${column}列`;
    }
    return { ok: false, error: { path: '$', message: `JSON 格式错误${where ? `（${where}）` : ''}：${message}` } };
  }
}
