/**
 * A document's prose for the careful-reader properties (prose-properties.ts): takes a
 * DocumentTree (the prepare half's output), a .docx or a .pdf; returns its titles, headings
 * and paragraphs in reading order, as `ProseBlock`s. Tables, figures (their captions), the
 * 目录 and page numbers are not prose and are left out of all three, so that the three lists
 * can be compared block for block.
 *
 * The .docx is read by paragraph style (Title, Heading/PlainHeading 1–4, TOC n, Caption …).
 * The .pdf has no paragraphs, only placed text, so they are rebuilt from the layout the
 * preset fixes (src/layout/preset.ts): body and heading lines are 3号 (16 pt), a paragraph's
 * first line starts two characters in (or is centred), its other lines at the margin; the
 * font file tells headings (黑体 → Noto Sans SC, 楷体 → Noto Serif SemiBold, level 3 → bold)
 * from body text. Note: this reads the bundled Noto fonts' names; a PDF made with --fonts
 * would need its own map.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { mmToPt, preset } from '../../src/layout/preset.js';
import type { Block, DocumentTree, HeadingLevel } from '../../src/tree/types.js';
import { decodeXmlEntities, documentXml } from './docx-text.js';

export type ProseBlock =
  { kind: 'title'; text: string } | { kind: 'heading'; level: HeadingLevel; text: string } | { kind: 'paragraph'; text: string };

// ─── the document tree ─────────────────────────────────────────────────────────────────────

function treeBlock(block: Block): ProseBlock[] {
  switch (block.type) {
    case 'title':
      return [{ kind: 'title', text: block.text }, ...(block.subtitle ? [{ kind: 'title' as const, text: block.subtitle }] : [])];
    case 'heading':
      return [{ kind: 'heading', level: block.level, text: block.text }];
    case 'paragraph': {
      const text = block.runs.map((run) => run.text).join('');
      return text.trim() === '' ? [] : [{ kind: 'paragraph', text }];
    }
    case 'table':
    case 'figure':
    case 'pageBreak':
    case 'toc':
      return [];
  }
}

export function proseFromTree(tree: Pick<DocumentTree, 'blocks'>): ProseBlock[] {
  return tree.blocks.flatMap(treeBlock);
}

// ─── .docx ─────────────────────────────────────────────────────────────────────────────────

/** A paragraph's text: its w:t runs and tabs (field codes, w:instrText, are not text). */
function runText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g))
    text += match[1] === undefined ? '\t' : decodeXmlEntities(match[1]);
  return text;
}

export function proseFromDocx(bytes: Uint8Array): ProseBlock[] {
  const body = documentXml(bytes)
    // Tables do not nest in what the backend writes; the 目录 is one content control, under its title.
    .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')
    .replace(/(?:<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>)?<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  const blocks: ProseBlock[] = [];
  for (const match of body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const xml = match[1]!;
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? 'Normal';
    const text = runText(xml);
    if (text.trim() === '') continue;
    const heading = /^(?:Plain)?Heading(\d)$/.exec(style);
    if (style === 'Title') blocks.push({ kind: 'title', text });
    else if (heading) blocks.push({ kind: 'heading', level: (Number(heading[1]) - 1) as HeadingLevel, text });
    else if (/^(TOC\d|Caption|Figure|TableBreak|TableText\w*)$/.test(style)) continue;
    else blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

// ─── .pdf ──────────────────────────────────────────────────────────────────────────────────

type Role = 'title' | 'heading1' | 'heading2' | 'bodyBold' | 'body';

/** The role of a bundled Noto font by its PostScript name (src/render/pdf/font-files.ts). */
function roleOfFont(name: string): Role {
  if (/SerifSC-Black/.test(name)) return 'title';
  if (/SansSC/.test(name)) return 'heading1';
  if (/SerifSC-SemiBold/.test(name)) return 'heading2';
  if (/SerifSC-Bold/.test(name)) return 'bodyBold';
  return 'body';
}

interface Line {
  text: string;
  x: number;
  /** Where its last character ends. */
  right: number;
  /** The role of its first run; `allBold` when every run is bold (a level-3 heading, not a bold lead-in). */
  role: Role;
  allBold: boolean;
  size: number;
}

const BODY_SIZE = preset.sizes.body;
const TOLERANCE = 2;
const LEADER = /\.{4,}\s*\d+$/;

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>;

/** One page's lines: text items grouped by baseline, in reading order, with where each starts. `roles` is the document's font map, filled as fonts appear. */
async function pageLines(page: PdfPage, roles: Map<string, Role>): Promise<Line[]> {
  const content = await page.getTextContent();
  const fontIds = content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : []));
  // Note: a font's real name is in commonObjs only once a page using it has had its operators
  // loaded, which costs about as much as the text itself: done only for a page with a new font.
  if (fontIds.some((id) => !roles.has(id))) {
    await page.getOperatorList();
    for (const id of fontIds)
      if (!roles.has(id)) roles.set(id, roleOfFont((page.commonObjs.get(id) as { name?: string } | undefined)?.name ?? ''));
  }
  const roleOf = (id: string): Role => roles.get(id) ?? 'body';
  const items = content.items.flatMap((item) => {
    if (!('str' in item) || item.str === '') return [];
    const [, , , , x, y] = item.transform as number[];
    return [{ text: item.str, x: x!, y: y!, width: item.width, size: item.height, role: roleOf(item.fontName) }];
  });
  const lines: (typeof items)[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) < Math.max(1, item.size / 3)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    const sorted = line.sort((a, b) => a.x - b.x);
    const visible = sorted.filter((i) => i.text.trim() !== '');
    const first = visible[0] ?? sorted[0]!;
    return {
      // Note: pdf.js puts spaces where a justified line spreads its characters ("1 0 . 公 共"); a
      // Chinese document has no other spaces worth keeping here, so they all go.
      text: sorted
        .map((i) => i.text)
        .join('')
        .replace(/\s+/g, ''),
      x: first.x,
      right: Math.max(...sorted.map((i) => i.x + i.width)),
      role: first.role,
      allBold: visible.every((i) => i.role === 'bodyBold'),
      size: Math.max(...sorted.map((i) => i.size)),
    };
  });
}

/**
 * The .pdf's prose: lines of 3号 text regrouped into paragraphs (a line starting at the
 * margin continues the paragraph above when that one's last line ran to the right margin, also
 * across a page break; any other line begins a new block); 2号 title lines into one title. Left out: lines of another size (tables,
 * captions, page numbers) and the 目录's pages (lines ending in leader dots and a page number).
 */
export async function proseFromPdf(bytes: Uint8Array): Promise<ProseBlock[]> {
  // Note: pdfjs takes ownership of (detaches) the buffer it is given; pass a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const blocks: ProseBlock[] = [];
  const roles = new Map<string, Role>();
  let open: { block: ProseBlock; role: Role; full: boolean } | undefined;
  const close = () => (open = undefined);
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const geometry = width > height ? preset.page.landscape : preset.page.portrait;
      const margin = mmToPt(geometry.marginLeftMm);
      const indented = margin + preset.firstLineIndentPt;
      const rightMargin = width - mmToPt(geometry.marginRightMm);
      // A justified line that is not a paragraph's last runs to the right margin (a hanging mark beyond it).
      const isFull = (line: Line) => line.right > rightMargin - BODY_SIZE / 2 && line.x < indented + TOLERANCE;
      const lines = await pageLines(page, roles);
      const body = lines.filter((l) => Math.abs(l.size - BODY_SIZE) < 0.5);
      if (body.length > 0 && body.filter((l) => LEADER.test(l.text)).length * 2 >= body.length) {
        close();
        continue; // a page of the 目录
      }
      for (const line of lines) {
        if (line.role === 'title' && line.size > BODY_SIZE + 1) {
          if (open?.block.kind === 'title' && open.role === 'title') open.block.text += line.text;
          else blocks.push((open = { block: { kind: 'title', text: line.text }, role: 'title', full: false }).block);
          continue;
        }
        if (Math.abs(line.size - BODY_SIZE) >= 0.5) {
          // Tables, captions, page numbers: a caption or a table ends the paragraph above.
          if (!/^—\s*\d+\s*—$/.test(line.text.trim())) close();
          continue;
        }
        const atMargin = Math.abs(line.x - margin) < TOLERANCE;
        if (atMargin && open?.full) {
          open.block.text += line.text;
          open.full = isFull(line);
          continue;
        }
        const centred = !atMargin && Math.abs(line.x - indented) >= TOLERANCE;
        let block: ProseBlock;
        if (open?.block.kind === 'title' && line.role === 'heading2' && centred) block = { kind: 'title', text: line.text };
        else if (line.role === 'heading1') block = { kind: 'heading', level: centred ? 0 : 1, text: line.text };
        else if (line.role === 'heading2') block = { kind: 'heading', level: 2, text: line.text };
        else if (line.role === 'bodyBold' && line.allBold) block = { kind: 'heading', level: 3, text: line.text };
        else block = { kind: 'paragraph', text: line.text };
        blocks.push(block);
        open = { block, role: line.role, full: isFull(line) };
      }
    }
  } finally {
    await document.destroy();
  }
  return blocks;
}

/** A block's text for comparing the formats: whitespace dropped (the .pdf keeps none between CJK characters). */
export function comparableBlocks(blocks: readonly ProseBlock[]): string[] {
  return blocks.map((b) => `${b.kind === 'heading' ? `heading${b.level}` : b.kind}: ${b.text.replace(/\s+/g, '')}`);
}
