// 分配汇总: one row per node of the tree, indented by level, then the grand total; coloured by
// status, level-1 nodes and the total in bold.
import type { RulePack } from '../pack/schema';
import { formatRange } from '../rules/message';
import type { CheckResult, Fill, Lang, NodeResult, NodeStatus, TableCell, TableColumn, TablePlan } from '../types';
import { sheetTitle } from './title';
import { pick, STATUS_WORDS, TOTAL_CODE } from './words';

const STATUS_FILL: Record<NodeStatus, Fill> = { over: 'red', under: 'amber', full: 'green', open: 'none' };

/** A full-width space per level, so the tree reads in any font. */
const INDENT = '\u3000';

function columns(lang: Lang): TableColumn[] {
  const amount = '0.00';
  return [
    { header: pick(lang, '代码', 'Code'), width: 8, numberFormat: '@' },
    { header: pick(lang, '类别', 'Category'), width: 40, numberFormat: '@' },
    { header: pick(lang, '项目数', 'Projects to fund'), width: 9, numberFormat: '@' },
    { header: pick(lang, '预算(万元)', 'Budget (10k yuan)'), width: 11, numberFormat: amount },
    { header: pick(lang, '申报数', 'Applications'), width: 8 },
    { header: pick(lang, '合格数', 'Eligible'), width: 8 },
    { header: pick(lang, '待定数', 'Pending'), width: 8 },
    { header: pick(lang, '批准数', 'Approved'), width: 8 },
    { header: pick(lang, '批准金额(万元)', 'Approved amount (10k yuan)'), width: 14, numberFormat: amount },
    { header: pick(lang, '剩余名额', 'Places left'), width: 9 },
    { header: pick(lang, '剩余预算(万元)', 'Budget left (10k yuan)'), width: 14, numberFormat: amount },
    { header: pick(lang, '状态', 'Status'), width: 8, numberFormat: '@' },
  ];
}

function nameOf(node: NodeResult, pack: RulePack, lang: Lang): string {
  if (node.level === 0) return lang === 'zh' ? pack.total.name : pack.total.en;
  const category = pack.categories.find((c) => c.code === node.code);
  const name = lang === 'zh' ? node.name : (category?.en ?? node.name);
  return INDENT.repeat(node.level - 1) + name;
}

function row(node: NodeResult, pack: RulePack, lang: Lang): TableCell[] {
  return [
    node.level === 0 ? TOTAL_CODE[lang] : node.code,
    nameOf(node, pack, lang),
    node.count ? formatRange(node.count) : null,
    node.budget,
    node.applications,
    node.eligible,
    node.pending,
    node.approvedCount,
    node.approvedAmount,
    node.remainingCount,
    node.remainingBudget,
    STATUS_WORDS[node.status][lang],
  ];
}

export function planAllocation(result: CheckResult, pack: RulePack, lang: Lang, name: string): TablePlan {
  return {
    name,
    title: sheetTitle(pick(lang, '分配汇总', 'Allocation summary'), result, pack, lang),
    columns: columns(lang),
    rows: result.nodes.map((node) => row(node, pack, lang)),
    rowFills: result.nodes.map((node) => STATUS_FILL[node.status]),
    rowBold: result.nodes.map((node) => node.level <= 1),
    links: [],
  };
}
