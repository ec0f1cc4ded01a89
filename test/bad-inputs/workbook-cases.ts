/**
 * The catalogue of bad workbooks (issue "Excel in" §4): one broken data file per case — a
 * fill-in workbook made from the reference with one edit a clerk or a system could make, or a
 * file that is no workbook at all, or a 公开表 workbook beside the reference's JSON — with
 * every error it must produce: where (file, sheet and cell) and a fragment of the Chinese
 * message. Takes nothing; exports the cases. Kept apart from cases.ts (the JSON catalogue).
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CFB } from '../../src/util/sheetjs-bundled.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';
import { REFERENCE_PATH } from './cases.js';

export const UNIT = '遂宁市安居区司法局';

export interface WorkbookCase {
  name: string;
  /** What is broken, in one line. */
  what: string;
  /** The unit's data file: its extension and bytes. */
  main: () => MainFile | Promise<MainFile>;
  /** Workbooks beside it: <单位>.<suffix>.xlsx. */
  companions?: () => { suffix: string; bytes: Uint8Array }[];
  /** Every error the case produces (no more, no fewer): where, and a fragment of the message. */
  expected: { path: string; message: string }[];
}

interface MainFile {
  ext: 'xlsx' | 'xls' | 'json';
  bytes: Uint8Array;
}

let referenceWorkbook: Promise<Uint8Array> | undefined;

/** The reference's fill-in workbook (made once). */
function reference(): Promise<Uint8Array> {
  if (!referenceWorkbook) {
    const { $schema: _schema, ...data } = JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as Record<string, unknown>;
    referenceWorkbook = writeFillInWorkbook(data, { title: '测试', author: '测试', date: '2024-09-30' });
  }
  return referenceWorkbook;
}

/** The reference's workbook with cells (or sheets) changed by SheetJS, as Excel or WPS would save them. */
function editedWorkbook(edit: (wb: XLSX.WorkBook) => void): () => Promise<MainFile> {
  return async () => {
    const wb = XLSX.read(await reference(), { type: 'buffer', cellFormula: true });
    edit(wb);
    return { ext: 'xlsx', bytes: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array };
  };
}

/** The reference's workbook with one part of the .xlsx zip rewritten (what SheetJS would not write). */
function withPart(name: string, rewrite: (xml: string) => string, level: 0 | 1 | 6 = 6): () => Promise<MainFile> {
  return async () => {
    const files = unzipSync(await reference());
    files[name] = strToU8(rewrite(strFromU8(files[name]!)));
    return { ext: 'xlsx', bytes: zipSync(files, { level }) };
  };
}

const text = (s: string) => () => ({ ext: 'xlsx' as const, bytes: new TextEncoder().encode(s) });

/** An OLE compound file holding an encrypted package, as Excel saves a workbook with an open password. */
function encrypted(): { ext: 'xlsx'; bytes: Uint8Array } {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(
    cfb,
    '/EncryptionInfo',
    new Uint8Array([
      4,
      0,
      4,
      0,
      0x40,
      0,
      0,
      0,
      ...strToU8('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'),
    ]),
  );
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
  return { ext: 'xlsx', bytes: CFB.write(cfb, { type: 'buffer' }) };
}

/** A one-table 公开表 workbook (公开13表) beside the reference's JSON. */
function threePublicTable(amountUnit: string, reception: number, total: number): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['财政拨款“三公”经费支出决算表'],
    [null, null, null, null, null, null, null, null, null, null, null, '公开13表'],
    [`部门：${UNIT}`, null, null, null, null, null, null, null, null, null, null, amountUnit],
    ['合计', null, '因公出国（境）费', null, '公务用车购置及运行维护费', null, null, null, null, null, '公务接待费', null],
    [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行维护费', null, null, null],
    ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    [4.63, total, 0, 0, 3.41, 3.41, 0, 0, 3.41, 3.41, 1.22, reception],
  ]);
  ws['!merges'] = [
    { s: { r: 3, c: 0 }, e: { r: 4, c: 1 } },
    { s: { r: 3, c: 2 }, e: { r: 4, c: 3 } },
    { s: { r: 3, c: 4 }, e: { r: 3, c: 9 } },
    { s: { r: 3, c: 10 }, e: { r: 4, c: 11 } },
    { s: { r: 4, c: 4 }, e: { r: 4, c: 5 } },
    { s: { r: 4, c: 6 }, e: { r: 4, c: 7 } },
    { s: { r: 4, c: 8 }, e: { r: 4, c: 9 } },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '公开13表');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

const referenceJson = () => ({ ext: 'json' as const, bytes: new Uint8Array(readFileSync(REFERENCE_PATH)) });
const FILE = `${UNIT}.xlsx`;
const TABLES = `${UNIT}.公开表.xlsx`;
const TP = '三公明细';

export const WORKBOOK_CASES: WorkbookCase[] = [
  // —— Not a workbook, or not one that can be read ——
  {
    name: 'not-a-spreadsheet',
    what: 'a text file named .xlsx',
    main: text('单位,年度\n遂宁市安居区司法局,2023\n'),
    expected: [{ path: FILE, message: '不是 Excel 工作簿（.xlsx 或 .xls）：文件开头不是工作簿的格式' }],
  },
  {
    name: 'pdf-renamed',
    what: 'a PDF renamed to .xlsx',
    main: text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    expected: [{ path: FILE, message: '实际是 PDF 文件，不是 Excel 工作簿' }],
  },
  {
    name: 'html-saved-as-xls',
    what: 'a web page a system saved under .xls',
    main: () => ({
      ext: 'xls',
      bytes: new TextEncoder().encode('<html><body><table><tr><td>收入支出决算总表</td></tr></table></body></html>'),
    }),
    expected: [{ path: `${UNIT}.xls`, message: '实际是网页（HTML）或 XML 文本，不是 Excel 工作簿' }],
  },
  {
    name: 'password-protected',
    what: 'a workbook saved with an open password',
    main: encrypted,
    expected: [{ path: FILE, message: '设置了打开密码，无法读取' }],
  },
  {
    name: 'size-50mb',
    what: 'a 50 MB file',
    main: () => {
      const bytes = new Uint8Array(50 * 1024 * 1024);
      bytes.set([0x50, 0x4b, 0x03, 0x04]);
      return { ext: 'xlsx', bytes };
    },
    expected: [{ path: FILE, message: '有 50.0 MB，超过 20.0 MB 的上限' }],
  },
  {
    name: 'million-empty-rows',
    what: 'a sheet with a million empty rows (a 17 MB part in a small zip)',
    main: withPart(
      'xl/worksheets/sheet13.xml',
      (xml) => xml.replace('</sheetData>', `${Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 20}"/>`).join('')}</sheetData>`),
      1,
    ),
    expected: [
      { path: FILE, message: '的部件 xl/worksheets/sheet13.xml 解压后超过 10.0 MB（可能含有大量空行、空列或格式），为保护本机已停止读取' },
    ],
  },
  {
    name: 'declared-million-rows',
    what: 'a sheet declaring the range A1:B1000000 with a cell in its last row',
    main: withPart('xl/worksheets/sheet13.xml', (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B1000000"/>')
        .replace('</sheetData>', '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    ),
    expected: [
      { path: '事实!A1:B1000000', message: '工作表“事实”的范围是 A1:B1000000（1000000行、2列），超过本工具读取的上限（10000行、500列）' },
    ],
  },
  {
    name: 'zip-bomb',
    what: 'a part that inflates from a few KB to 12 MB (the limit is 10 MB a part)',
    main: withPart('docProps/app.xml', (xml) => xml.replace('<Properties', `${' '.repeat(12 * 1024 * 1024)}<Properties`), 1),
    expected: [{ path: FILE, message: '的部件 docProps/app.xml 解压后超过 10.0 MB' }],
  },

  // —— Cells a clerk gets wrong ——
  {
    name: 'formula-without-value',
    what: 'a formula saved by a program that never calculated it',
    main: editedWorkbook((wb) => {
      wb.Sheets[TP]!['C31'] = { t: 'n', f: 'C32' } as XLSX.CellObject;
    }),
    expected: [{ path: `${TP}!C31`, message: '【公务接待费·决算数】是公式“=C32”，但文件中没有保存计算结果' }],
  },
  {
    name: 'error-value',
    what: 'a cell showing #DIV/0!',
    main: editedWorkbook((wb) => {
      wb.Sheets[TP]!['C31'] = { t: 'e', v: 7, w: '#DIV/0!' };
    }),
    expected: [{ path: `${TP}!C31`, message: '【公务接待费·决算数】是错误值 #DIV/0!' }],
  },
  {
    name: 'number-as-text',
    what: 'an amount typed into a text-formatted cell',
    main: editedWorkbook((wb) => {
      wb.Sheets[TP]!['C31'] = { t: 's', v: '1.22' };
    }),
    expected: [
      {
        path: `${TP}!C31`,
        message: '【公务接待费·决算数】数字存成了文字（“1.22”）；Excel 的求和会漏掉这样的单元格。请把单元格设为“数值”格式后重新输入 1.22',
      },
    ],
  },
  {
    name: 'thousands-separators',
    what: 'an amount pasted as text with a thousands separator',
    main: editedWorkbook((wb) => {
      wb.Sheets['收入支出']!['C11'] = { t: 's', v: '1,163.82' };
    }),
    expected: [
      {
        path: '收入支出!C11',
        message:
          '【收入·本年收入合计】数字带千位分隔符，存成了文字（“1,163.82”）；Excel 的求和会漏掉这样的单元格。请把单元格设为“数值”格式后重新输入 1163.82',
      },
    ],
  },
  {
    name: 'words-in-amount',
    what: 'words where an amount goes',
    main: editedWorkbook((wb) => {
      wb.Sheets[TP]!['C31'] = { t: 's', v: '约1.22万元' };
    }),
    expected: [{ path: `${TP}!C31`, message: '【公务接待费·决算数】应为数字，实际为文字“约1.22万元”' }],
  },
  {
    name: 'amounts-in-yuan',
    what: '人员经费 typed in 元 (7895700) instead of 万元',
    main: editedWorkbook((wb) => {
      wb.Sheets['基本支出']!['B4'] = { t: 'n', v: 7895700 };
    }),
    expected: [{ path: '基本支出!B4', message: '【人员经费】人员经费 7895700 万元，合每位在岗人员约 192578 万元，疑似以元而不是万元填列' }],
  },
  {
    name: 'merged-header',
    what: 'two header cells merged',
    main: editedWorkbook((wb) => {
      wb.Sheets[TP]!['!merges'] = [{ s: { r: 1, c: 1 }, e: { r: 1, c: 2 } }];
    }),
    expected: [{ path: `${TP}!B2:C2`, message: '单元格被合并；合并后只有左上角的内容能被读取，请取消合并' }],
  },
  {
    name: 'renamed-label',
    what: 'a row label changed',
    main: editedWorkbook((wb) => {
      wb.Sheets[TP]!['B31'] = { t: 's', v: '决算金额' };
    }),
    expected: [
      { path: `${TP}!B31`, message: '没有名为“公务接待费·决算金额”的项目（可能改动了项目名称），此行的内容无法读取' },
      { path: `${TP}!A1`, message: '【财政拨款“三公”经费·公务接待费·决算数】必填，尚未填写' },
    ],
  },
  {
    name: 'renamed-sheet',
    what: 'the sheet 三公明细 renamed 三公经费',
    main: editedWorkbook((wb) => {
      const i = wb.SheetNames.indexOf(TP);
      wb.SheetNames[i] = '三公经费';
      wb.Sheets['三公经费'] = wb.Sheets[TP]!;
      delete wb.Sheets[TP];
    }),
    expected: [
      { path: `${TP}!A1`, message: '缺少工作表“三公明细”（工作簿中有不认识的工作表“三公经费”，是否改了名称？）' },
      { path: '三公经费!A1', message: '不认识的工作表“三公经费”' },
      { path: '$.accounts.threePublic', message: '缺少必填字段' },
    ],
  },
  {
    name: 'missing-sheet',
    what: 'the sheet 三公明细 deleted',
    main: editedWorkbook((wb) => {
      wb.SheetNames = wb.SheetNames.filter((n) => n !== TP);
      delete wb.Sheets[TP];
    }),
    expected: [
      { path: `${TP}!A1`, message: '缺少工作表“三公明细”；请勿删除或改名工作表' },
      { path: '$.accounts.threePublic', message: '缺少必填字段' },
    ],
  },

  // —— 公开表 workbooks beside the data ——
  {
    name: 'tables-not-a-spreadsheet',
    what: 'a 公开表 file that is text',
    main: referenceJson,
    companions: () => [{ suffix: '公开表', bytes: new TextEncoder().encode('收入支出决算总表') }],
    expected: [{ path: TABLES, message: '不是 Excel 工作簿（.xlsx 或 .xls）' }],
  },
  {
    name: 'tables-in-yuan',
    what: 'a 公开表 in 元',
    main: referenceJson,
    companions: () => [{ suffix: '公开表', bytes: threePublicTable('金额单位：元', 12200, 46300) }],
    expected: [
      { path: `[${TABLES}]公开13表!L3`, message: '【财政拨款“三公”经费支出决算表·金额单位】金额单位为“元”，本工具按万元读取，不作换算' },
    ],
  },
  {
    name: 'tables-disagree',
    what: 'a 公开表 whose 公务接待费 differs from the data file',
    main: referenceJson,
    companions: () => [{ suffix: '公开表', bytes: threePublicTable('金额单位：万元', 1.23, 4.64) }],
    expected: [
      {
        path: `[${TABLES}]公开13表!B7`,
        message: `【财政拨款“三公”经费支出决算表·合计·决算数】为 4.64，而 ${UNIT}.json 的 $.accounts.threePublic.total.actual 为 4.63，二者不一致`,
      },
      {
        path: `[${TABLES}]公开13表!L7`,
        message: `【财政拨款“三公”经费支出决算表·公务接待费·决算数】为 1.23，而 ${UNIT}.json 的 $.accounts.threePublic.reception.actual 为 1.22，二者不一致`,
      },
    ],
  },
];
