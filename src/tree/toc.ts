/**
 * The headings a document's 目录 lists. Takes a DocumentTree; returns its headings marked
 * `toc`, in document order, and the text the 目录 prints for each. Shared by both backends (the
 * 目录 they draw and the page numbers the .docx takes from the .pdf must agree on the list)
 * and by the PDF glyph check.
 */

import type { DocumentTree, HeadingNode } from './types.js';

export function tocHeadings(tree: DocumentTree): HeadingNode[] {
  return tree.blocks.filter((block): block is HeadingNode => block.type === 'heading' && block.toc);
}

/** The 目录's entry for a heading: its text, after its ordinal where only the 目录 prints one (一、收入支出决算总表). */
export function tocText(heading: HeadingNode): string {
  return `${heading.tableTitle?.tocOrdinal ?? ''}${heading.text}`;
}
