/**
 * The headings a document's 目录 lists. Takes a DocumentTree; returns its headings marked
 * `toc`, in document order. Shared by both backends (the 目录 they draw and the page numbers
 * the .docx takes from the .pdf must agree on the list) and by the PDF glyph check.
 */

import type { DocumentTree, HeadingNode } from './types.js';

export function tocHeadings(tree: DocumentTree): HeadingNode[] {
  return tree.blocks.filter((block): block is HeadingNode => block.type === 'heading' && block.toc);
}
