/**
 * The 附表 pages of a 决算说明 as the forms print them (issue 21), on the fixture unit with the
 * most tables (示例县妇幼保健院 2020: the 14 tables of 2020–2021, its two 12-column 三公
 * tables): in the .pdf no header word breaks inside 预算数 or 决算数 (the text pdf.js reads off
 * each 附表 page, line by line), and the .pdf shades exactly the cells the .docx shades (the
 * cells pdfmake is given a fill, against the cells of the .docx with a shading; header rows and
 * the 合计 rows of the 附表, the label cells of the 自评表). And, on made-up figures, that a
 * 类 or 经济分类 the form does not list is added after the form's lines or columns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Content } from 'pdfmake/interfaces.js';
import { renderCharts } from '../../src/charts/render-chart.js';
import { prepareUnit } from '../../src/pipeline.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { buildDocDefinition } from '../../src/render/pdf/doc-definition.js';
import { layOutPdf } from '../../src/render/pdf/lay-out.js';
import { renderPdfLayout } from '../../src/render/pdf/render-pdf.js';
import { decodeXmlEntities, documentXml } from '../support/docx-text.js';
import { toAmount } from '../../src/compute/decimal.js';
import { resolvePack } from '../../src/merge/packs.js';
import { functionalGrid } from '../../src/merge/public-tables/layout-functional.js';
import { summaryGrid } from '../../src/merge/public-tables/layout-totals.js';
import { tableWords } from '../../src/merge/public-tables/table-words.js';

const DATA = 'test/fixtures/units/2020/示例县妇幼保健院.json';

/** Each page's text items (one per line piece pdfmake drew), as pdf.js reads them. */
async function pageItems(bytes: Uint8Array): Promise<string[][]> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.str.trim()] : [])));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** All the text a pdfmake node draws, its lines joined. */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node === null || typeof node !== 'object') return '';
  const n = node as { text?: unknown; stack?: unknown; columns?: unknown; table?: { body: unknown[][] } };
  if (n.text !== undefined) return textOf(n.text);
  if (n.stack !== undefined) return textOf(n.stack);
  if (n.columns !== undefined) return textOf(n.columns);
  if (n.table !== undefined) return n.table.body.map((row) => row.map(textOf).join('')).join('');
  return '';
}

/** The texts of the table cells pdfmake fills, in the order it draws them (nested tables too). */
function filledCells(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) filledCells(child, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const n = node as { table?: { body: unknown[][] }; fillColor?: string };
  if (n.table) {
    for (const row of n.table.body)
      for (const cell of row) {
        if ((cell as { fillColor?: string }).fillColor !== undefined) out.push(textOf(cell));
        filledCells(cell, out);
      }
    return out;
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'text' && typeof value === 'object') filledCells(value, out);
  return out;
}

/** The texts of the .docx's table cells that carry a shading. */
function shadedCells(xml: string): string[] {
  return [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)]
    .filter((cell) => /<w:shd\b[^>]*w:fill="(?!auto)[0-9A-F]{6}"/.test(cell[1]!))
    .map((cell) => [...cell[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXmlEntities(t[1]!)).join(''));
}

let pages: string[][] = [];
let pdfShaded: string[] = [];
let docxShaded: string[] = [];

beforeAll(async () => {
  const prepared = await prepareUnit(DATA, { formats: ['docx', 'pdf'], checkOnly: false });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  const doc = prepared.documents.find((d) => d.kind === 'final-accounts')!;
  const tree = { ...doc.tree, images: await renderCharts(doc.charts) };
  const layout = layOutPdf(tree);
  pages = await pageItems(await renderPdfLayout(layout));
  pdfShaded = filledCells((buildDocDefinition(layout).content as Content[]).map((section) => section));
  docxShaded = shadedCells(documentXml(renderDocx(tree, { plan: layout.plan })));
}, 120_000);

describe('the 附表 of 示例县妇幼保健院 2020 in the .pdf', () => {
  const tablePages = () => pages.filter((items) => items.some((s) => /^公开\d{2}表$/.test(s)));

  it('has the 14 tables on their pages', () => {
    const labels = tablePages().flatMap((items) => items.filter((s) => /^公开\d{2}表$/.test(s)));
    expect(labels).toEqual(Array.from({ length: 14 }, (_, i) => `公开${String(i + 1).padStart(2, '0')}表`));
  });

  it('breaks no header word inside 预算数 or 决算数', () => {
    // A cell's lines are drawn one after the other: a word broken over two lines is an item ending
    // 预算 (决算) followed by one starting 数.
    const broken = tablePages().flatMap((items) =>
      items.flatMap((s, i) => (/(预算|决算)$/.test(s) && /^数/.test(items[i + 1] ?? '') ? [`${s}/${items[i + 1]}`] : [])),
    );
    expect(broken).toEqual([]);
    // The two 三公 tables (公开10, 公开12) print 预算数 and 决算数 whole over each of their six pairs.
    const whole = tablePages().flatMap((items) => items.filter((s) => s === '预算数'));
    expect(whole.length).toBe(12);
  });
});

describe('the .docx and the .pdf of 示例县妇幼保健院 2020 shade the same cells', () => {
  it('shades the same cells in both formats', () => {
    // Note: the .docx also shades the empty continuation cells Word writes under a cell that
    // spans rows (the .pdf draws such a cell once); cells with text are compared.
    const withText = (cells: string[]) => cells.filter((t) => t !== '').sort();
    expect(pdfShaded.length).toBeGreaterThan(0);
    expect(withText(pdfShaded)).toEqual(withText(docxShaded));
  });

  it('shades the header rows and the 合计 rows of the 附表, not their other rows', () => {
    for (const text of ['项目', '科目名称', '决算数', '预算数', '合计', '本年收入合计', '总计', '人员经费合计'])
      expect(pdfShaded, text).toContain(text);
    // 公开02表's 合计 row: 本年收入合计 4621.53 and 事业收入 2856.37 (fixture-tables.test.ts).
    expect(pdfShaded).toContain('4621.53');
    expect(pdfShaded).toContain('2856.37');
    // A row of a 项: 妇幼保健机构 (2100403), 3365.27 in 公开02表.
    expect(pdfShaded).not.toContain('妇幼保健机构');
    expect(pdfShaded).not.toContain('3365.27');
  });
});

describe('a figure the form has no line or column for is added after the form’s, never dropped', () => {
  const words = tableWords(resolvePack('sichuan-2023').wording);
  const a = (n: number) => toAmount(n);
  const none = a(0);

  it('公开01表: a 类 outside the form’s 26 (230 转移性支出) gets line 二十七', () => {
    const income = {
      generalBudget: a(10),
      governmentFund: none,
      stateCapital: none,
      superiorSubsidy: none,
      business: none,
      operating: none,
      subordinateRemittance: none,
      other: none,
    };
    const grid = summaryGrid(
      {
        income,
        currentIncome: a(10),
        nonFiscalBalanceUsed: none,
        opening: none,
        incomeTotal: a(10),
        classes: [
          { code: '208', name: '社会保障和就业支出', amount: a(6) },
          { code: '230', name: '转移性支出', amount: a(4) },
        ],
        currentExpenditure: a(10),
        balanceAllocation: none,
        closing: none,
        expenditureTotal: a(10),
      },
      words,
    );
    const right = grid.bodyRows.map((row) => [row[2]!.text, row[3]!.text]);
    expect(right[7]).toEqual(['八、社会保障和就业支出', '6.00']);
    expect(right[26]).toEqual(['二十七、转移性支出', '4.00']);
    expect(right[27]).toEqual(['本年支出合计', '10.00']);
  });

  it('公开05表: a 经济分类 类 outside the form’s nine (399 其他支出) gets a column after 313', () => {
    const grid = functionalGrid(
      {
        total: { total: a(5), '302': a(3), '399': a(2) },
        rows: [{ code: '2010101', level: 'item', name: '行政运行', values: { total: a(5), '302': a(3), '399': a(2) } }],
      },
      words.forms.fiscalDetail!.columns!,
      {
        kind: 'byClass',
        extra: [
          { code: '302', name: '商品和服务支出' },
          { code: '399', name: '其他支出' },
        ],
      },
      words,
      { code: [5, 7, 9], name: 16, money: 10 },
    );
    expect(grid.headerRows[0]!.slice(1).map((c) => c.text)).toEqual([
      '合计',
      '工资福利支出',
      '商品和服务支出',
      '对个人和家庭的补助',
      '债务利息及费用支出',
      '资本性支出（基本建设）',
      '资本性支出',
      '对企业补助（基本建设）',
      '对企业补助',
      '对社会保障基金补助',
      '其他支出',
    ]);
    expect(grid.bodyRows[0]!.slice(1).map((c) => c.text)).toEqual([a(5), a(0), a(3), a(0), a(0), a(0), a(0), a(0), a(0), a(0), a(2)]);
  });
});
