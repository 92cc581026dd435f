// What an empty submissions workbook holds, as plain data for any adapter to write: the submissions
// sheet (title on row 1, headers on row 2), a 下拉选项 sheet whose columns feed the drop-downs, and
// the 设置, 失信名单 and 填表说明 sheets. Built from the pack, so next year's pack gives next year's template.
import { packIndex } from './pack/tree';
import type { RulePack } from './pack/schema';
import type { ColumnType, Lang } from './types';

export interface TemplateColumn {
  field: string;
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format for the column's cells. */
  numberFormat?: string;
  /** Name of a list of `lists.lists` that feeds this column's drop-down. */
  list?: string;
  /** A short hint for the header cell's comment. */
  note?: string;
}

export interface TemplateSpec {
  sheetName: string;
  /** On row 1; the headers are on row 2. */
  title: string;
  columns: TemplateColumn[];
  /** A 下拉选项 sheet: each list one column, its name on row 1 and its values below. */
  lists: { sheetName: string; lists: { name: string; values: string[] }[] };
  /** Key/value rows under a 项目/值 header row. */
  settings: { sheetName: '设置'; rows: [string, string][] };
  blacklist: { sheetName: '失信名单'; headers: string[] };
  /** Short, plain lines on how to fill in and check. */
  instructions: { sheetName: '填表说明'; lines: string[] };
}

const LISTS_SHEET = '下拉选项';
const LIST = { applicantType: '单位类型', category: '申报类别', yesno: '是否', decision: '评审结果' } as const;

const NUMBER_FORMAT: Partial<Record<ColumnType, string>> = {
  amount: '0.00',
  date: 'yyyy-mm-dd',
  count: '0',
  number: 'General',
  text: '@',
};

const WIDE_FIELDS = new Set(['unit', 'project', 'lead', 'executor', 'category']);

/** Width from the header's display width (CJK characters count twice), within sensible bounds. */
function widthFor(field: string, header: string): number {
  let width = 0;
  for (const c of header) width += c.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return Math.min(40, Math.max(WIDE_FIELDS.has(field) ? 28 : 10, width + 2));
}

function listFor(type: ColumnType): string | undefined {
  if (type === 'applicantType') return LIST.applicantType;
  if (type === 'category') return LIST.category;
  if (type === 'yesno') return LIST.yesno;
  if (type === 'decision') return LIST.decision;
  return undefined;
}

function instructionLines(pack: RulePack, lang: Lang, sheetName: string): string[] {
  const required = pack.columns.filter((c) => c.required);
  if (lang === 'en')
    return [
      `1. Enter one application per row on sheet "${sheetName}", starting on row 3. Do not change the headers on row 2.`,
      `2. Required: ${required.map((c) => c.en).join(', ')}.`,
      '3. Choose 单位类型, 申报类别, yes/no columns and 评审结果 from the drop-down lists.',
      `4. Amounts are in 10,000 yuan (万元). Dates as 2022-12-31. Projects must finish by ${pack.deadlines.completion} at the latest, unless the guide sets their category another date.`,
      `5. Paper copies: at least ${pack.paperCopiesMin}. Category figures (e.g. 院士专家人数) only for the categories that need them.`,
      '6. Optional: put the submission deadline on sheet 设置, and units barred for falsification on sheet 失信名单.',
      '7. Then run the check: results appear in the two columns 校验结果 and 问题说明 at the right; your cells are never changed.',
    ];
  return [
    `1. 在“${sheetName}”工作表中每行填写一个申报项目，从第3行开始；请勿修改第2行的表头。`,
    `2. 必填：${required.map((c) => c.header).join('、')}。`,
    '3. 单位类型、申报类别、是/否各列和评审结果请从下拉列表中选择。',
    `4. 金额单位为万元；日期写成2022-12-31；项目最迟于${pack.deadlines.completion}完成（指南另定时限的类别除外）。`,
    `5. 纸质版份数不少于${pack.paperCopiesMin}份；院士专家人数等指标列只需对应类别填写。`,
    '6. 如有申报截止日期，填在“设置”表；弄虚作假被取消资格的单位填在“失信名单”表。',
    '7. 填好后运行检查：结果写在最右边的“校验结果”和“问题说明”两列，您填写的内容不会被改动。',
  ];
}

export function templateSpec(pack: RulePack, lang: Lang): TemplateSpec {
  const index = packIndex(pack);
  const sheetName = pack.sheetNames[0];
  const label = (zh: string, en: string) => (lang === 'zh' ? zh : en);

  const columns: TemplateColumn[] = [
    ...pack.columns.map((c) => {
      const header = label(c.header, c.en);
      const column: TemplateColumn = { field: c.key, header, width: widthFor(c.key, header) };
      const format = NUMBER_FORMAT[c.type];
      if (format) column.numberFormat = format;
      const list = listFor(c.type);
      if (list) column.list = list;
      if (c.required) column.note = label('必填', 'Required');
      return column;
    }),
    ...pack.figures
      // One column per key, though a figure may be listed for several categories.
      .filter((f, i, all) => all.findIndex((g) => g.key === f.key) === i)
      .map((f) => {
        const header = label(f.header, f.en);
        const bound = f.min !== undefined ? `≥ ${f.min}` : `≤ ${f.max}`;
        return {
          field: f.key,
          header,
          width: widthFor(f.key, header),
          numberFormat: NUMBER_FORMAT.number,
          note: label(`仅${f.category}类填写：${bound}（${f.quote}）`, `For category ${f.category} only: ${bound} ("${f.quote}")`),
        };
      }),
  ];

  return {
    sheetName,
    title: label(pack.title.zh, pack.title.en),
    columns,
    lists: {
      sheetName: LISTS_SHEET,
      lists: [
        { name: LIST.applicantType, values: pack.applicantTypes.map((t) => t.id) },
        { name: LIST.category, values: index.leaves.map((leaf) => `${leaf.code} ${leaf.name}`) },
        { name: LIST.yesno, values: ['是', '否'] },
        { name: LIST.decision, values: ['批准', '不批准', '待定'] },
      ],
    },
    settings: { sheetName: '设置', rows: [['项目', '值'], ['申报截止日期', '']] },
    blacklist: { sheetName: '失信名单', headers: ['单位名称', '起始年度'] },
    instructions: { sheetName: '填表说明', lines: instructionLines(pack, lang, sheetName) },
  };
}
