/**
 * Makes a unit or document name safe as one path segment on Linux, macOS and Windows.
 * Takes the name from the data (and the byte limit of the segment); returns the safe
 * segment or throws with a Chinese reason. Path separators, `..`, control and reserved
 * characters can never lead a write outside the output folder.
 */
import { msg } from '../text/msg.js';

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
/**
 * ext4, XFS, Btrfs, tmpfs and APFS allow 255 bytes per name. Note: the limit is in bytes,
 * and a Chinese character takes 3 of them in UTF-8, so 85 characters are the most a name
 * can hold (NTFS counts UTF-16 units and allows more; the stricter limit is kept).
 */
export const MAX_NAME_BYTES = 255;

/** Only the characters and reserved names; the result may still be too long (see safeSegment). */
export function sanitizeSegment(name: string): string {
  let safe = name.normalize('NFC').replace(UNSAFE_CHARS, '_').trim();
  safe = safe.replace(/^\.+/, (dots) => '_'.repeat(dots.length)).replace(/[. ]+$/, '');
  if (RESERVED_WINDOWS.test(safe)) safe = `_${safe}`;
  return safe;
}

export function safeSegment(name: string, maxBytes = MAX_NAME_BYTES): string {
  const safe = sanitizeSegment(name);
  if (safe === '' || /^_*$/.test(safe)) throw new Error(msg`名称“${name}”不能用作文件名（去除不安全字符后为空）`);
  const bytes = Buffer.byteLength(safe, 'utf8');
  if (bytes > maxBytes)
    throw new Error(msg`名称“${name.slice(0, 30)}…”过长（${bytes}字节），超过文件名上限${maxBytes}字节，不能用作文件名`);
  return safe;
}
