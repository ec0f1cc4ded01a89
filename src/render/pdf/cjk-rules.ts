/**
 * Chinese line-breaking rules (避头尾, 禁则) and character classes. Takes two neighbouring
 * characters; answers whether a line may break between them. Used by the line breaker for
 * body text, headings, captions, the 目录 and table cells alike.
 *
 * Break opportunities: between two CJK characters, after a space, and after a hyphen inside
 * a Latin run. A run of digits and Latin letters with its inner punctuation (1163.82, 2024,
 * GB/T, 9704-2012) is never split elsewhere. 禁则: no line starts with closing punctuation
 * (，。、；：？！）》」』】〕〉”’%‰ …) and no line ends with opening punctuation (（《「『【〔〈“‘ …).
 */
import { msg } from '../../text/msg.js';

/** Characters that may not start a line (closing and separating punctuation). */
const NO_LINE_START = new Set([...msg`，。、；：？！）》」』】〕〉〗〙〛”’％‰℃・·…～`, ...',.;:?!)]}%']);

/** Characters that may not end a line (opening punctuation). */
const NO_LINE_END = new Set([...msg`（《「『【〔〈〖〘〚“‘`, ...'([{']);

/** Pairs that must stay together: the two halves of ——, …… and ·· leaders. */
const NO_SPLIT_PAIRS = new Set(['——', '……', '..', '··']);

/** Characters set as one full-width cell: Han, kana, CJK punctuation, full-width forms. */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    (codePoint >= 0x20000 && codePoint <= 0x3ffff) ||
    codePoint === 0x2014 ||
    codePoint === 0x2026 ||
    codePoint === 0x201c ||
    codePoint === 0x201d ||
    codePoint === 0x2018 ||
    codePoint === 0x2019
  );
}

export const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\u3000';

const LETTER_OR_DIGIT = /[\p{Script=Latin}0-9]/u;

/**
 * May a line end after `before` and the next line start with `after`? `previous` is the
 * character before `before` (a hyphen only breaks inside a word: 9704-2012, not −5.1).
 */
export function canBreakBetween(previous: string | undefined, before: string, after: string): boolean {
  if (isSpace(after)) return false;
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before) || NO_SPLIT_PAIRS.has(before + after)) return false;
  if (isSpace(before)) return true;
  if (isCjk(before.codePointAt(0)!) || isCjk(after.codePointAt(0)!)) return true;
  // Inside a Latin/digit run: only after a hyphen that follows a letter or digit.
  return before === '-' && previous !== undefined && LETTER_OR_DIGIT.test(previous) && LETTER_OR_DIGIT.test(after);
}
