/**
 * Makes a unit or document name safe as one path segment on Linux, macOS and Windows.
 * Takes the name from the data; returns the safe segment or throws with a Chinese reason.
 * Path separators, `..`, control and reserved characters can never lead a write outside
 * the output folder.
 */

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
/** Most file systems allow 255 bytes per name; leave room for the temp-file suffix. */
const MAX_SEGMENT_BYTES = 200;

export function safeSegment(name: string): string {
  let safe = name.normalize('NFC').replace(UNSAFE_CHARS, '_').trim();
  safe = safe.replace(/^\.+/, (dots) => '_'.repeat(dots.length)).replace(/[. ]+$/, '');
  if (safe === '' || /^_*$/.test(safe)) throw new Error(`名称“${name}”不能用作文件名（去除不安全字符后为空）`);
  if (RESERVED_WINDOWS.test(safe)) safe = `_${safe}`;
  if (Buffer.byteLength(safe, 'utf8') > MAX_SEGMENT_BYTES) throw new Error(`名称“${name.slice(0, 30)}…”过长，不能用作文件名`);
  return safe;
}
