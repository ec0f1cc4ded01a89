/**
 * A title too long for one line breaks where its template put a `<wbr>` hint, not wherever
 * the line fills (GB/T 9704: a title's lines keep words whole), in the .pdf and, from the
 * same page plan, in the .docx.
 */

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse/parse-html.js';
import { renderDocument } from '../../src/render/render-document.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { documentXml } from '../support/docx-text.js';
import { extractPdfText, normalizeForSearch } from '../support/pdf-text.js';

const tree = (title: string): DocumentTree => ({
  meta: { title: '标题', subject: '样例', author: '样例', date: '2024-05-31', language: 'zh-CN' },
  blocks: parseHtml(`<header><h1>${title}</h1><p>（项目）</p></header><p>正文。</p>`),
  images: {},
});

async function render(title: string): Promise<{ pdfLines: string[]; docx: string }> {
  const { document } = await renderDocument({ kind: 'project-evaluation', title: '标题', tree: tree(title), charts: [] }, ['docx', 'pdf']);
  const pdf = document.files.find((file) => file.format === 'pdf')!;
  const docx = document.files.find((file) => file.format === 'docx')!;
  const pages = await extractPdfText(pdf.bytes);
  return {
    pdfLines: pages[0]!
      .split('\n')
      .map(normalizeForSearch)
      .filter((line) => line !== ''),
    docx: documentXml(docx.bytes),
  };
}

describe('title break hints', () => {
  // 30 characters at 22 pt (the 2号 title) need more than the 442 pt text width: two lines.
  it('breaks a long title at its hint in both formats', async () => {
    const { pdfLines, docx } = await render('四川省遂宁市安居区卫生健康局2023年度<wbr>专项预算项目绩效评价报告');
    expect(pdfLines.slice(0, 2)).toEqual([normalizeForSearch('四川省遂宁市安居区卫生健康局2023年度'), '专项预算项目绩效评价报告']);
    expect(docx).toMatch(
      /<w:t xml:space="preserve">四川省遂宁市安居区卫生健康局2023年度<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">专项预算项目绩效评价报告<\/w:t>/,
    );
  });

  it('keeps a title that fits on one line whole, hint or not', async () => {
    const { pdfLines, docx } = await render('示例区司法局2023年度<wbr>部门决算说明');
    expect(pdfLines[0]).toBe(normalizeForSearch('示例区司法局2023年度部门决算说明'));
    expect(docx).toContain('<w:t xml:space="preserve">示例区司法局2023年度部门决算说明</w:t>');
  });

  it('refuses markup other than <wbr> in a title', () => {
    expect(() => parseHtml('<header><h1>标题<b>加粗</b></h1></header>')).toThrow(/标题中只允许文字和 <wbr>/);
  });
});
