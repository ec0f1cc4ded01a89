/**
 * Structure tests of the .docx backend on the sample tree: fonts, indents, spans, header rows,
 * sections, footers, the 目录's cached entries, drawing ids, determinism and text extraction.
 */

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse/parse-html.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderDocument } from '../../src/render/render-document.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { documentXml, extractDocxText, normalizeForSearch } from '../support/docx-text.js';
import { SAMPLE_HEADING_PAGES, samplePlan, sampleTree } from './sample-tree.js';

let bytes: Uint8Array;
let parts: Record<string, string>;
let body: string;

beforeAll(() => {
  bytes = renderDocx(sampleTree(), { plan: samplePlan() });
  const entries = unzipSync(bytes);
  parts = Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
  body = documentXml(bytes);
});

const all = (xml: string, pattern: RegExp): string[] => [...xml.matchAll(pattern)].map((match) => match[0]);

describe('fonts and paragraphs', () => {
  it('names the Chinese office fonts with the East Asian attribute, in the styles and wherever a run names a font', () => {
    const styles = parts['word/styles.xml']!;
    const fonts = [...all(body, /<w:rFonts [^>]*\/>/g), ...all(styles, /<w:rFonts [^>]*\/>/g)];
    expect(all(styles, /<w:rFonts [^>]*\/>/g).length).toBeGreaterThan(10);
    for (const font of fonts) {
      expect(font).toMatch(/w:eastAsia="(仿宋_GB2312|黑体|楷体_GB2312|方正小标宋简体)"/);
      expect(font).toContain('w:hint="eastAsia"');
      expect(font).toContain('w:ascii="Times New Roman"');
    }
    expect(all(body + styles, /<w:lang [^>]*\/>/g).every((lang) => lang.includes('w:eastAsia="zh-CN"'))).toBe(true);
    // Body text and table cells take the font from Normal: their runs name none.
    const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="Normal">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toMatch(/<w:r><w:rPr><w:spacing w:val="-5"\/><\/w:rPr><w:t xml:space="preserve">遂宁市安居区司法局/);
    expect(body).toMatch(
      /<w:r><w:rPr>(<w:b\/><w:bCs\/>)?<w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">一般行政管理事务/,
    );
  });

  it('sets document defaults so that even empty paragraphs use the body font', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts['word/styles.xml']!)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toMatch(/w:line="579" w:lineRule="exact"/);
  });

  it('writes the title in 方正小标宋简体 22 pt and headings in their fonts', () => {
    expect(body).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?遂宁市安居区司法局2023年度部门决算说明/);
    const styles = parts['word/styles.xml']!;
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toContain('<w:jc w:val="center"/>');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')).toContain('w:eastAsia="黑体"');
    expect(style('Heading3')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Heading4')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('Heading4')).toContain('<w:b/>');
    // Headings left out of the 目录 look the same but have no outline level.
    expect(style('PlainHeading3')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('PlainHeading3')).not.toContain('w:outlineLvl');
    expect(body).toContain('<w:pStyle w:val="PlainHeading3"/>');
  });

  it('indents body paragraphs by two characters at the exact line pitch, justified', () => {
    const paragraph = /<w:p><w:pPr><w:spacing [^>]*\/><w:ind w:firstLine="640"\/><w:jc w:val="both"\/><\/w:pPr>/.exec(body)?.[0];
    expect(paragraph).toMatch(/w:line="579" w:lineRule="exact"/);
    const indented = sampleTree().blocks.filter((block) => block.type === 'paragraph' && block.indent);
    expect(all(body, /<w:ind w:firstLine="640"\/>/g)).toHaveLength(indented.length);
  });
});

describe('tables', () => {
  const table = () => /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)?.[0] ?? '';

  it('writes spans as gridSpan and vMerge', () => {
    expect(table()).toContain('<w:gridSpan w:val="3"/>');
    expect(table()).toContain('<w:gridSpan w:val="5"/>');
    expect(all(table(), /<w:vMerge w:val="restart"\/>/g).length).toBeGreaterThan(10);
    expect(all(table(), /<w:vMerge w:val="continue"\/>/g).length).toBeGreaterThan(40);
    // The cell spanning two rows and two columns: its continue cell keeps the column span.
    expect(table()).toMatch(/<w:gridSpan w:val="2"\/><w:vMerge w:val="continue"\/>/);
  });

  it('repeats the header rows, keeps rows whole and fixes the column widths to the landscape text width', () => {
    expect(all(table(), /<w:tblHeader\/>/g)).toHaveLength(2);
    expect(all(table(), /<w:tr>/g).length).toBe(all(table(), /<w:cantSplit\/>/g).length);
    expect(table()).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = all(table(), /<w:gridCol w:w="(\d+)"\/>/g).map((col) => Number(/\d+/.exec(col)![0]));
    expect(grid).toHaveLength(14);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 2098 - 1984);
  });

  it("sets cell text at the .pdf's exact table pitch, 1 pt above and below, without snapping to the grid or indenting", () => {
    expect(table()).toContain('<w:pStyle w:val="TableText"/>');
    expect(table()).not.toContain('w:firstLine="640"');
    const tableText = /<w:style [^>]*w:styleId="TableText"[^>]*>[\s\S]*?<\/w:style>/.exec(parts['word/styles.xml']!)?.[0];
    expect(tableText).toContain('<w:snapToGrid w:val="0"/>');
    expect(table()).toContain('<w:sz w:val="21"/>');
    // 10.5 pt × 1.437 = 15.09 pt = 301.77 twips, rounded to 302 (12 pt: 17.24 pt → 345); not
    // "single", which each application takes from the font it substitutes.
    expect(tableText).toContain('<w:spacing w:before="0" w:after="0" w:line="302" w:lineRule="exact"/>');
    const normalText = /<w:style [^>]*w:styleId="TableTextNormal"[^>]*>[\s\S]*?<\/w:style>/.exec(parts['word/styles.xml']!)?.[0];
    expect(normalText).toContain('w:line="345" w:lineRule="exact"');
    expect(table()).toMatch(/<w:tblCellMar><w:top w:type="dxa" w:w="20"\/>/);
  });
});

describe('page setup', () => {
  it('writes A4 sections with the preset margins, a landscape one among them', () => {
    const sections = all(body, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);
    expect(sections).toHaveLength(4);
    expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sections[0]).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(sections[2]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    for (const section of sections) expect(section).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
  });

  it('leaves the cover and 目录 section without page numbers and numbers the body from 1', () => {
    const sections = all(body, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);
    expect(sections[0]).not.toContain('w:footerReference');
    for (const section of sections.slice(1)) {
      expect(section).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/><w:footerReference w:type="even"/);
    }
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>');
    for (const section of [sections[0]!, ...sections.slice(2)]) expect(section).not.toContain('w:start=');
  });

  it('puts `— N —` in the footers, odd pages right and even pages left', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    expect(parts['word/settings.xml']).not.toContain('updateFields');
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(6);
    for (const [, footer] of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('— </w:t>');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.filter(([, footer]) => footer.includes('<w:jc w:val="right"/>'))).toHaveLength(3);
    expect(footers.filter(([, footer]) => footer.includes('<w:jc w:val="left"/>'))).toHaveLength(3);
  });
});

describe('目录', () => {
  it('is a clean TOC field whose cached result lists the toc headings with their pages', () => {
    expect(body).toMatch(
      /<w:fldChar w:fldCharType="begin" w:dirty="false"\/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-4&quot;/,
    );
    const text = extractDocxText(bytes);
    for (const entry of [
      '第一部分 部门概况\t3',
      '一、基本职能及主要工作\t3',
      '第二部分 2023年度部门决算情况说明\t5',
      '二、收入支出决算明细表\t7',
      '第三部分 名词解释\t9',
    ]) {
      expect(text).toContain(entry);
    }
    expect(text.join('\n')).not.toContain('（一）主要职能\t');
    expect(text.join('\n')).not.toMatch(/PAGEREF|TOC \\/);
  });

  it('bookmarks each listed heading for the PAGEREF fields', () => {
    const names = all(body, /<w:bookmarkStart [^>]*\/>/g).map((tag) => /w:name="([^"]+)"/.exec(tag)![1]);
    expect(names).toEqual(['_Toc1', '_Toc2', '_Toc3', '_Toc4', '_Toc5', '_Toc6']);
    expect(body).toContain('PAGEREF _Toc6 \\h');
  });

  it('needs the page of every listed heading', () => {
    const { 'part-1': _missing, ...pages } = SAMPLE_HEADING_PAGES;
    expect(() => renderDocx(sampleTree(), { plan: samplePlan(pages) })).toThrow(/第一部分 部门概况/);
  });
});

describe('figures', () => {
  it('gives every drawing its own id and sizes it at 96 dpi', () => {
    const tree = sampleTree();
    const withTwoFigures: DocumentTree = {
      ...tree,
      blocks: [...tree.blocks, { type: 'figure', imageId: 'fig1', caption: '图2：再来一张' }],
    };
    const xml = documentXml(renderDocx(withTwoFigures, { plan: samplePlan() }));
    const ids = all(xml, /<wp:docPr id="(\d+)"/g);
    expect(ids).toEqual(['<wp:docPr id="1"', '<wp:docPr id="2"']);
    // 140 mm = 529 px = 5 038 725 EMU (9525 EMU per px).
    expect(xml).toContain('<wp:extent cx="5038725" cy="2800350"/>');
    expect(xml).toMatch(/<w:keepNext\/><w:jc w:val="center"\/><\/w:pPr><w:r><w:drawing>/);
  });
});

describe('determinism and text', () => {
  it('gives the same bytes for the same tree', () => {
    const again = renderDocx(sampleTree(), { plan: samplePlan() });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes [Content_Types].xml first and stamps every zip entry with the document date at noon', () => {
    expect(Object.keys(unzipSync(bytes))[0]).toBe('[Content_Types].xml');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stamps = new Set<string>();
    let entries = 0;
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; entries++) {
      stamps.add(`${view.getUint16(at + 12, true)} ${view.getUint16(at + 10, true)}`);
      at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(entries).toBe(Object.keys(unzipSync(bytes)).length);
    // 2024-09-01 12:00:00 as MS-DOS date and time.
    expect([...stamps]).toEqual([`${((2024 - 1980) << 9) | (9 << 5) | 1} ${12 << 11}`]);
  });

  it('dates the core properties from the document, not the clock', () => {
    expect(parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-01T00:00:00Z</dcterms:created>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>遂宁市安居区司法局</dc:creator>');
  });

  it('extracts the Chinese sentences, including table cells', () => {
    const text = normalizeForSearch(extractDocxText(bytes).join(''));
    expect(text).toContain(normalizeForSearch('与2022年相比，收、支总计各减少62.4万元，下降7.82%。'));
    expect(text).toContain(normalizeForSearch('其中：基本支出586.2万元，占79.71%；项目支出149.25万元，占20.29%'));
    expect(extractDocxText(bytes)).toContain('一般行政管理事务');
    expect(extractDocxText(bytes)).toContain('图1：收入支出决算总体情况');
  });
});

describe('following the .pdf layout (page plan)', () => {
  const tree = (html: string): DocumentTree => ({
    meta: { title: 't', subject: 's', author: 'a', date: '2024-01-01', language: 'zh-CN' },
    blocks: parseHtml(html),
    images: {},
  });
  const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>指标${i + 1}</td></tr>`).join('');
  const html =
    '<table data-widths="1,2" data-header-rows="1"><tr><th>项目名称</th><td>案件代理</td></tr>' +
    `<tbody data-header-rows="1"><tr><th rowspan="5">绩效指标</th><th>三级指标</th></tr>${rows}</tbody></table>`;
  const plan = { ...samplePlan({}), tableBreaks: { 0: [4] }, balancedCells: { 0: { '0:0': ['项目', '名称'] } } };

  it('cuts a table where the .pdf starts a page: a new page, the heading rows and the cut label again', () => {
    const xml = documentXml(renderDocx(tree(html), { plan }));
    const tables = all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
    expect(tables).toHaveLength(2);
    // Between the pieces, a one-point paragraph that starts a new page.
    expect(xml).toMatch(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="TableBreak"\/><w:pageBreakBefore\/><\/w:pPr><\/w:p><w:tbl>/);
    const second = tables[1]!;
    const secondRows = all(second, /<w:tr>[\s\S]*?<\/w:tr>/g);
    // 项目名称, the group's heading row, 指标3, 指标4; the first two repeat on further pages.
    expect(secondRows).toHaveLength(4);
    expect(secondRows.slice(0, 2).every((row) => row.includes('<w:tblHeader/>'))).toBe(true);
    expect(secondRows.slice(2).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(second).toContain('三级指标');
    // The label runs from the repeated heading row over the rows of its page.
    expect(secondRows[1]).toMatch(/<w:vMerge w:val="restart"\/>[\s\S]*绩效指标/);
    expect(all(tables[0]!, /绩效指标/g)).toHaveLength(1);
    expect(all(tables[0]!, /<w:tr>/g)).toHaveLength(4);
  });

  it('breaks a label the .pdf balanced at the same place', () => {
    const xml = documentXml(renderDocx(tree(html), { plan }));
    expect(xml).toMatch(
      /<w:t xml:space="preserve">项目<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">名称<\/w:t>/,
    );
  });

  it('draws a figure at the scale the .pdf shrank it to', () => {
    const base = sampleTree();
    const index = base.blocks.findIndex((block) => block.type === 'figure');
    const xml = documentXml(renderDocx(base, { plan: { ...samplePlan(), figureScales: { [index]: 0.5 } } }));
    // Half of 140 mm = 265 px = 2 524 125 EMU.
    expect(xml).toContain('<wp:extent cx="2524125"');
  });

  it('sets Normal up to break lines and pages as the .pdf does', () => {
    const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="Normal">[\s\S]*?<\/w:style>/.exec(parts['word/styles.xml']!)![0];
    expect(normal).toContain('<w:widowControl/>');
    expect(normal).toContain('<w:overflowPunct/>');
    expect(normal).toContain('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
  });
});

describe('a run that writes only .docx', () => {
  it('lays the document out for the 目录 but draws no PDF', async () => {
    const { document, times } = await renderDocument({ kind: 'final-accounts', title: '样例', tree: sampleTree(), charts: [] }, ['docx']);
    expect(document.files.map((file) => file.format)).toEqual(['docx']);
    expect(Object.keys(times)).toContain('layout');
    expect(Object.keys(times)).not.toContain('pdf');
  });
});
