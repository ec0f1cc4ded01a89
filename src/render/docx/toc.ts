/**
 * The 目录 (table of contents): takes the TocNode and returns its title paragraph and a real
 * Word TOC field (`TOC \o "1-4" \h \z \u`), written clean so Word shows it as it is and does
 * not ask to update fields. docx fills the field's result from the headings in Heading 1–4
 * styles (the ones with `toc: true`) and bookmarks them; `tocPageNumbers` supplies the page of
 * each of those bookmarks from the page numbers the .pdf layout computed.
 */

import { Paragraph, TableOfContents, TextRun, type PageNumberEstimator } from 'docx';
import type { HeadingNode, TocNode } from '../../tree/types.js';
import { preset } from '../../layout/preset.js';
import { LINE_PITCH_TWIPS, runOptions, STYLE_IDS } from './styles.js';
import { msg } from '../../text/msg.js';

export function renderToc(node: TocNode): (Paragraph | TableOfContents)[] {
  // As in the .pdf: the title's look and pitch, then one empty line.
  const title = new Paragraph({
    style: STYLE_IDS.title,
    spacing: { after: LINE_PITCH_TWIPS },
    children: [new TextRun({ ...runOptions('title', preset.sizes.title), text: node.title })],
  });
  const field = new TableOfContents(node.title, {
    headingStyleRange: '1-4',
    hyperlink: true,
    hideTabAndPageNumbersInWebView: true,
    useAppliedParagraphOutlineLevel: true,
    beginDirty: false,
  });
  return [title, field];
}

/** The names of the bookmarks started in a formatted body (docx's XML object), in order. */
function bookmarkNamesIn(element: unknown, names: string[] = []): string[] {
  if (Array.isArray(element)) {
    for (const child of element) bookmarkNamesIn(child, names);
  } else if (typeof element === 'object' && element !== null) {
    for (const [key, value] of Object.entries(element)) {
      if (key === 'w:bookmarkStart') {
        const attributes = (Array.isArray(value) ? value : [value]).find(
          (child): child is { _attr: Record<string, unknown> } => typeof child === 'object' && child !== null && '_attr' in child,
        );
        const name = attributes?._attr['w:name'];
        if (typeof name === 'string') names.push(name);
      } else if (key !== '_attr') {
        bookmarkNamesIn(value, names);
      }
    }
  }
  return names;
}

/**
 * A page-number "estimator" for docx that estimates nothing: docx bookmarks the headings the
 * TOC lists (`_Toc…`, in document order) before calling it, and those are exactly the
 * `toc: true` headings in tree order, so their pages come from `headingPages`.
 * Note: docx names the bookmarks from a counter shared by every document in the process, so
 * they are matched by position, not by name.
 */
export function tocPageNumbers(tocHeadings: readonly HeadingNode[], headingPages: Readonly<Record<string, number>>): PageNumberEstimator {
  for (const heading of tocHeadings) {
    const page = headingPages[heading.id];
    if (page === undefined || !Number.isInteger(page) || page < 1) {
      throw new Error(msg`目录缺少标题“${heading.text}”（${heading.id}）的页码`);
    }
  }
  return (body) => {
    const names = bookmarkNamesIn(body).filter((name) => name.startsWith('_Toc'));
    if (names.length !== tocHeadings.length) {
      throw new Error(msg`目录应列出 ${tocHeadings.length} 个标题，实际找到 ${names.length} 个`);
    }
    return {
      bookmarks: new Map(names.map((name, index) => [name, String(headingPages[tocHeadings[index]!.id])])),
    };
  };
}
