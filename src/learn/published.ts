/**
 * A published document's sentences, as learn and inspect compare them: takes the text read
 * from the document (src/read/document-text.ts); returns each prose sentence in canonical form
 * (src/read/canonical.ts), with its number-masked form and where it stands. The 目录 (lines
 * ending in a page number or PAGEREF), page numbers ("— 3 —") and lines without a character of
 * text are not sentences.
 */
import { canonical, masked, sentences } from '../read/canonical.js';
import type { DocumentText, Location } from '../read/document-text.js';

export interface PublishedSentence {
  /** Canonical form. */
  text: string;
  /** Canonical form with every number as "#". */
  wording: string;
  where: Location;
  /** The paragraph it belongs to (index into PublishedText.paragraphs). */
  paragraph: number;
  /** A heading, or a line that is not a sentence (no 。, short). */
  heading: boolean;
}

export interface PublishedText {
  paragraphs: { text: string; where: Location }[];
  sentences: PublishedSentence[];
}

/** A heading run into its paragraph: "（三）人员概况。", "1.履职效能。", "二、支出情况：". */
const INLINE_HEADING = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、])[^，；：。]{1,20}[。：]?$/u;

/** A 目录 line: leader dots or a field code before a page number; a page number alone. */
const NOT_TEXT = /(\.{3,}|…{2,}|PAGEREF|_Toc)\S*\d+$|^[—-]?\d+[—-]?$/u;

export function publishedText(document: DocumentText): PublishedText {
  const paragraphs: PublishedText['paragraphs'] = [];
  const list: PublishedSentence[] = [];
  for (const paragraph of document.paragraphs) {
    const text = canonical(paragraph.text);
    if (text === '' || NOT_TEXT.test(text)) continue;
    const index = paragraphs.length;
    paragraphs.push({ text, where: paragraph.where });
    const isHeading = paragraph.heading === true || (!/[。！？]/.test(text) && text.length <= 40);
    for (const sentence of sentences(text)) {
      const heading = isHeading || INLINE_HEADING.test(sentence);
      list.push({ text: sentence, wording: masked(sentence), where: paragraph.where, paragraph: index, heading });
    }
  }
  return { paragraphs, sentences: list };
}
