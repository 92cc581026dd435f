// 问题清单: every finding on its own row, node findings (quotas, budgets) first, then the rows'
// findings in row order; each row number links to that row of the submissions sheet.
import type { RulePack } from '../pack/schema';
import type { CheckResult, Fill, Finding, Lang, NodeFinding, Severity, TableCell, TableColumn, TablePlan } from '../types';
import { fitTableCell } from './cell-limit';
import { sheetTitle } from './title';
import { pick } from './words';

const SEVERITY_FILL: Record<Severity, Fill> = { error: 'red', warning: 'amber', info: 'none' };

function columns(lang: Lang): TableColumn[] {
  return [
    { header: pick(lang, '行号', 'Row'), width: 8 },
    { header: pick(lang, '申报单位', 'Applicant'), width: 28, numberFormat: '@' },
    { header: pick(lang, '项目名称', 'Project'), width: 30, numberFormat: '@' },
    { header: pick(lang, '类别', 'Category'), width: 10, numberFormat: '@' },
    { header: pick(lang, '规则', 'Rule'), width: 22, numberFormat: '@' },
    { header: pick(lang, '严重程度', 'Severity'), width: 9, numberFormat: '@' },
    { header: pick(lang, '说明', 'Description'), width: 60, numberFormat: '@' },
    { header: pick(lang, '条款', 'Clause'), width: 14, numberFormat: '@' },
  ];
}

function describeNodeFinding(f: NodeFinding, lang: Lang): string {
  if (f.rows.length === 0) return f.message[lang];
  return f.message[lang] + pick(lang, `（涉及第 ${f.rows.join('、')} 行）`, ` (rows ${f.rows.join(', ')})`);
}

export function planIssues(result: CheckResult, pack: RulePack, lang: Lang, name: string): TablePlan {
  const rows: TableCell[][] = [];
  const fills: Fill[] = [];
  const links: TablePlan['links'] = [];
  const severity = (f: Finding) => pack.labels.severity[f.severity][lang];

  for (const node of result.nodes) {
    for (const f of node.findings) {
      const category = node.level === 0 ? pick(lang, '合计', 'Total') : node.code;
      // A node finding stands for many rows: they go into the description, where there is room,
      // not into the narrow 行号 column, which would wrap a long list into a tall row.
      rows.push([null, null, null, category, f.rule, severity(f), describeNodeFinding(f, lang), f.clause]);
      fills.push(SEVERITY_FILL[f.severity]);
    }
  }
  for (const row of result.rows) {
    for (const f of row.findings) {
      links.push({ row: rows.length, column: 0, sheet: result.sheet, sheetRow: row.row });
      rows.push([row.row, row.unit, row.project, row.category, f.rule, severity(f), f.message[lang], f.clause]);
      fills.push(SEVERITY_FILL[f.severity]);
    }
  }
  return {
    name,
    title: sheetTitle(pick(lang, '问题清单', 'Issues'), result, pack, lang),
    columns: columns(lang),
    rows: rows.map((line) => line.map(fitTableCell)),
    rowFills: fills,
    rowBold: rows.map(() => false),
    links,
  };
}
