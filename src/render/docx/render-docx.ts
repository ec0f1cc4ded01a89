/**
 * The .docx backend: takes a document tree and its page plan (the .pdf layout: the page of
 * each heading for the 目录, where tables break, how large figures are drawn) and returns the
 * bytes of a .docx. Each block goes through its handler (blocks.ts); page breaks split the
 * pieces into sections, each with its own page setup; the sections up to the 目录's carry no
 * page numbers and the body's first page is numbered 1; docx compiles the parts, which
 * package.ts zips reproducibly: same tree, same bytes.
 */

import { Document, Packer, type ISectionOptions, type Paragraph, type Table, type TableOfContents } from 'docx';
import type { Block, DocumentTree } from '../../tree/types.js';
import { tocHeadings } from '../../tree/toc.js';
import { blockHandlers, type DocxPiece, type RenderContext } from './blocks.js';
import type { PagePlan } from '../page-plan.js';
import { sectionSetup, type Orientation, type SectionRole } from './page.js';
import { packageDocx, type DocxParts } from './package.js';
import { documentStyles } from './styles.js';
import { tocPageNumbers } from './toc.js';
import { msg } from '../../text/msg.js';

export interface RenderDocxOptions {
  /** The pages of the .pdf layout (render/pdf/lay-out). */
  plan: PagePlan;
}

function renderBlock(block: Block, ctx: RenderContext): DocxPiece[] {
  // Note: TypeScript cannot relate `blockHandlers[block.type]` to `block` itself; BlockHandlers
  // guarantees each handler takes exactly the node type it is stored under.
  const handler = blockHandlers[block.type] as (node: Block, ctx: RenderContext) => DocxPiece[];
  return handler(block, ctx);
}

interface SectionDraft {
  orientation: Orientation;
  children: (Paragraph | Table | TableOfContents)[];
}

/** Runs every block through its handler and groups the results into sections. */
function buildSections(tree: DocumentTree, plan: PagePlan): ISectionOptions[] {
  let drawingId = 0;
  const ctx: RenderContext = { orientation: 'portrait', images: tree.images, nextDrawingId: () => ++drawingId, plan, blockIndex: 0 };
  const drafts: SectionDraft[] = [{ orientation: 'portrait', children: [] }];
  /** Sections before this index are the front matter (up to and including the 目录's). */
  let bodyStart = 0;
  for (const [index, block] of tree.blocks.entries()) {
    ctx.blockIndex = index;
    if (block.type === 'toc') bodyStart = drafts.length;
    for (const piece of renderBlock(block, ctx)) {
      const current = drafts[drafts.length - 1]!;
      if (piece.kind === 'content') {
        current.children.push(piece.child);
      } else if (current.children.length === 0) {
        // A break before any content only sets the orientation of the section it opens.
        current.orientation = piece.orientation;
      } else {
        drafts.push({ orientation: piece.orientation, children: [] });
      }
      ctx.orientation = drafts[drafts.length - 1]!.orientation;
    }
  }
  const role = (index: number): SectionRole => (index < bodyStart ? 'front' : index === bodyStart && bodyStart > 0 ? 'bodyStart' : 'body');
  return drafts.map((draft, index) => ({ ...sectionSetup(draft.orientation, role(index)), children: draft.children }));
}

/**
 * The package's parts as docx writes them (path → XML text or bytes), before zipping.
 * Note: `Packer.compiler` is docx's own (private, typed `private static readonly`) step that
 * `Packer.toBuffer` runs before zipping the parts with fflate in JavaScript. Zipping them
 * here instead lets Node's native zlib deflate the XML, keeps the PNGs stored rather than
 * deflated a second time, and makes the bookmark and date edits before compressing rather
 * than unzipping docx's output again: about 100–130 ms of a unit's .docx, about 5% of a
 * unit, under the 10% a hook must buy (ARCHITECTURE.md §8). The docx version is pinned in package.json;
 * test/render-docx/compiler-hook.test.ts fails when this is bypassed, and renderDocx throws if an upgrade moves it.
 */
function compileParts(document: Document): DocxParts {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => DocxParts } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error(msg`docx 的 Packer.compiler 不可用：docx 版本与本程序不兼容`);
  return compiler.compile(document);
}

export function renderDocx(tree: DocumentTree, options: RenderDocxOptions): Uint8Array {
  const hasToc = tree.blocks.some((block) => block.type === 'toc');
  const document = new Document({
    title: tree.meta.title,
    subject: tree.meta.subject,
    creator: tree.meta.author,
    lastModifiedBy: tree.meta.author,
    revision: 1,
    styles: documentStyles(),
    evenAndOddHeaderAndFooters: true,
    // Note: without a TOC field docx bookmarks no heading, so there is nothing to give pages to.
    ...(hasToc ? { pageNumbers: tocPageNumbers(tocHeadings(tree), options.plan.headingPages) } : {}),
    sections: buildSections(tree, options.plan),
  });
  return packageDocx(compileParts(document), tree.meta.date);
}
