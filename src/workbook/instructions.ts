/**
 * The first sheet of the fill-in workbook, 填报说明: what the workbook is (the reader
 * recognises it by its first cell and 格式版本), which sheet holds what, and the rules of
 * filling in. Takes the unit, the year and where a pre-fill came from; returns rows of text.
 *
 * 格式版本 2 (this writer): input cells coloured and unlocked, the settings on 高级设置.
 * Version 1 (the first writer) is still read (layout.ts FORMAT_1_SHEETS).
 */
import { msg } from '../text/msg.js';
export const INSTRUCTIONS_SHEET = msg`填报说明`;
export const WORKBOOK_MARK = msg`部门决算说明填报工作簿`;
export const FORMAT_VERSION_LABEL = msg`格式版本`;
export const FORMAT_VERSION = 2;

export function instructionRows(unit: string, year: string, prefilledFrom: string | undefined): string[][] {
  const rows: string[][] = [
    [WORKBOOK_MARK],
    [FORMAT_VERSION_LABEL, String(FORMAT_VERSION)],
    [msg`单位`, unit],
    [msg`年度`, year],
    [],
    [msg`一、各工作表的内容`],
    [msg`基本情况`, msg`单位名称、年度、决算层级、机构设置、人员编制`],
    [msg`收入支出`, msg`收入支出决算总表、财政拨款收入支出决算总表的本年数`],
    [msg`一般公共预算`, msg`一般公共预算财政拨款支出：按功能分类“类”“项”列示，每项可按经济分类“类”分列基本支出和项目支出（附表用）`],
    [msg`政府性基金、国有资本经营`, msg`这两类财政拨款的支出，格式同上`],
    [msg`基本支出`, msg`人员经费、公用经费及其主要内容；按经济分类“款”列示（附表用）`],
    [msg`三公明细`, msg`“三公”经费的决算数、预算数、批次、人数、车辆`],
    [msg`运行经费采购资产`, msg`机关运行经费、政府采购、国有资产占有使用情况`],
    [msg`上年数与变动原因`, msg`与上年比较的各项上年数及变动原因`],
    [msg`绩效`, msg`预算绩效管理情况，附件1部门（单位）预算绩效评价报告及指标体系表（不附则不填）`],
    [msg`文字`, msg`部门职责，绩效评价报告中各项目通用的本单位表述`],
    [msg`事实`, msg`叙述中多处引用的同一数字或文字，文字中写作 \${名称}`],
    [msg`科目名称`, msg`科目目录中没有（或名称不同）的功能分类科目`],
    [msg`收支明细（附表用）`, msg`按功能分类“项”列示的各项收入和支出（全部资金），用于第五部分附表`],
    [msg`项目1、项目2……`, msg`每个专项预算项目一张：基本情况、资金、绩效指标、评价报告`],
    [msg`高级设置`, msg`文字模板包、占比取舍方式和文字选项；一般不填，按年度和决算层级自动选用`],
    [],
    [msg`二、填写规则`],
    ['1', msg`浅黄色的单元格是填写区；项目名称、表头和块标题已锁定。工作表保护没有密码，确需改动时在“审阅”中“撤销工作表保护”即可。`],
    ['2', msg`名称前带红色 * 的必填（列表中：填了一行，这一行带 * 的列必填）；其余可不填。金额为0请填0，不要留空。`],
    [
      '3',
      msg`金额单位为万元，最多两位小数，按决算报表填列；报表上的合计数照填，由程序核对；占比、增减额、增减幅、完成率不填，由程序计算。`,
    ],
    ['4', msg`数字请以数值输入：只填数字，不要带“万元”“元”“%”等单位、千位分隔符或空格，不要设成文本格式。`],
    [
      '5',
      msg`列表下面留有空行，接着往下填即可；段落和名单每行一段（一个）。空行不够时可以插入行（在列表中间插入；段落行照写左边的项目名称）。`,
    ],
    ['6', msg`有下拉列表的单元格：指标性质、是/否等只能从列表中选；编制类别、一级/二级指标等列表是常用写法，也可以填本单位的写法。`],
    [
      '7',
      msg`不要修改带【】的块标题、表头和项目名称，不要合并单元格，不要改工作表名称。自己的计算可放在名称以“备注”开头的工作表中，程序不读取。`,
    ],
    ['8', msg`每个项目一张工作表，名称为“项目1”“项目2”……（其后可加空格和项目简称）；增加项目时复制一张项目工作表并改名。`],
    ['9', msg`鼠标停在项目名称或表头上，可看到该项的说明。`],
    [
      '10',
      msg`填好后放在数据目录的 <年度>/ 下（如 data/2024/单位全称.xlsx），运行 npm run generate；程序一次列出全部问题，每条指出工作表和单元格。也可运行 npm run import 转为 JSON 数据文件。`,
    ],
  ];
  if (prefilledFrom !== undefined) {
    rows.push(
      [],
      [msg`三、预填内容`],
      [
        '',
        msg`本工作簿已按上年数据（${prefilledFrom}）预填：上年数、部门职责、机构设置、人员编制、叙述文字、项目及其绩效指标等，请逐项核对修改；本年金额、事实的值、指标完成值和得分一律空白，待填。`,
      ],
    );
  }
  return rows;
}
