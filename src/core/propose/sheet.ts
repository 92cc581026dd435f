// 建议立项 and 建议立项汇总 as plain tables (OutputPlan's way): per row what the plan proposes and
// why a row is left out; per node what the plan uses of its count and budget. The user's own
// 评审结果 and 批准金额 cells are not touched: that is the apply step's, on request.
import type { RulePack } from '../pack/schema';
import { formatRange } from '../rules/message';
import { sheetTitle } from '../summary/title';
import { pick, TOTAL_CODE } from '../summary/words';
import type { CheckResult, Fill, Lang, TableCell, TablePlan } from '../types';
import type { Proposal, ProposalNode, ProposalRow, ProposalStatus } from './types';

export const PROPOSAL_SHEET = { zh: '建议立项', en: 'Proposal' };
export const PROPOSAL_SUMMARY_SHEET = { zh: '建议立项汇总', en: 'Proposal summary' };

const STATUS_WORDS: Record<ProposalStatus, { zh: string; en: string }> = {
  proposed: { zh: '建议批准', en: 'Approve' },
  'left-out': { zh: '建议不批准', en: 'Do not approve' },
  excluded: { zh: '建议不批准', en: 'Do not approve' },
  'fixed-approved': { zh: '已定（批准）', en: 'Decided (approved)' },
  'fixed-rejected': { zh: '已定（不批准）', en: 'Decided (rejected)' },
};

const OUTCOME_WORDS: Record<Proposal['outcome'], { zh: string; en: string }> = {
  optimal: {
    zh: '满足全部名额和预算，总评审得分最高',
    en: 'every count and budget held, highest total score',
  },
  relaxed: {
    zh: '无法达到全部最少项目数：已放宽最少项目数，见汇总表说明',
    en: 'some minimum counts cannot be met: relaxed, see the summary',
  },
  conflict: {
    zh: '已定的批准超出名额或预算：未提出建议，见汇总表说明',
    en: 'decisions entered exceed a count or budget: nothing proposed, see the summary',
  },
};

function rowNote(p: ProposalRow, lang: Lang): string {
  const notes: string[] = [];
  if (p.attention && (p.status === 'proposed' || p.status === 'left-out'))
    notes.push(pick(lang, '需关注：请看校验结果', 'Needs attention: see the check result'));
  if (p.reason) notes.push(p.reason[lang]);
  return notes.join('；');
}

export function planProposalSheet(
  result: CheckResult,
  proposal: Proposal,
  pack: RulePack,
  lang: Lang,
  name: string,
): TablePlan {
  const byRow = new Map(result.rows.map((r) => [r.row, r]));
  const categoryName = (code: string | null) => {
    const node = code === null ? undefined : pack.categories.find((c) => c.code === code);
    return node ? (lang === 'zh' ? node.name : node.en) : null;
  };
  const rows: TableCell[][] = [];
  const rowFills: Fill[] = [];
  const links: TablePlan['links'] = [];
  proposal.rows.forEach((p, i) => {
    const row = byRow.get(p.row)!;
    rows.push([
      p.row,
      row.unit,
      row.project,
      p.category,
      categoryName(p.category),
      p.score,
      p.rank,
      row.requested,
      STATUS_WORDS[p.status][lang],
      p.amount,
      rowNote(p, lang),
    ]);
    rowFills.push(p.status === 'proposed' ? (p.attention ? 'amber' : 'green') : 'none');
    links.push({ row: i, column: 0, sheet: result.sheet, sheetRow: p.row });
  });
  const what = `${pick(lang, '建议立项', 'Proposal')}（${OUTCOME_WORDS[proposal.outcome][lang]}）`;
  return {
    name,
    title: sheetTitle(what, result, pack, lang),
    columns: [
      { header: pick(lang, '行号', 'Row'), width: 6 },
      { header: pick(lang, '申报单位', 'Applicant'), width: 24, numberFormat: '@' },
      { header: pick(lang, '项目名称', 'Project'), width: 30, numberFormat: '@' },
      { header: pick(lang, '代码', 'Code'), width: 7, numberFormat: '@' },
      { header: pick(lang, '类别', 'Category'), width: 24, numberFormat: '@' },
      { header: pick(lang, '评审得分', 'Score'), width: 8 },
      { header: pick(lang, '类别内排名', 'Rank in category'), width: 8 },
      {
        header: pick(lang, '申请金额(万元)', 'Requested (10k yuan)'),
        width: 11,
        numberFormat: '0.00',
      },
      { header: pick(lang, '建议', 'Proposal'), width: 12, numberFormat: '@' },
      {
        header: pick(lang, '建议金额(万元)', 'Proposed amount (10k yuan)'),
        width: 11,
        numberFormat: '0.00',
      },
      { header: pick(lang, '说明', 'Why'), width: 44, numberFormat: '@' },
    ],
    rows,
    rowFills,
    rowBold: rows.map(() => false),
    links,
  };
}

function bound(node: ProposalNode, lang: Lang): string {
  const words: string[] = [];
  if (node.shortBy > 0)
    words.push(
      pick(lang, `少于最少项目数 ${node.shortBy} 项`, `${node.shortBy} short of the minimum`),
    );
  if (node.countFull) words.push(pick(lang, '名额已满', 'count full'));
  if (node.budgetFull) words.push(pick(lang, '预算用尽', 'budget used up'));
  return words.join('、');
}

export function planProposalSummary(
  result: CheckResult,
  proposal: Proposal,
  pack: RulePack,
  lang: Lang,
  name: string,
): TablePlan {
  const levelOf = (code: string) => (code === 'total' ? 0 : code.split('.').length);
  const rows: TableCell[][] = proposal.nodes.map((n) => [
    n.code === 'total' ? TOTAL_CODE[lang] : n.code,
    '\u3000'.repeat(Math.max(0, levelOf(n.code) - 1)) + n.name[lang],
    n.count ? formatRange(n.count) : null,
    n.budget,
    n.fixedCount,
    n.proposedCount,
    n.planCount,
    n.planAmount,
    n.budget === null ? null : Math.round((n.budget - n.planAmount) * 100) / 100,
    bound(n, lang),
  ]);
  const rowFills: Fill[] = proposal.nodes.map((n) =>
    n.shortBy > 0 ? 'amber' : n.countFull || n.budgetFull ? 'green' : 'none',
  );
  const rowBold = proposal.nodes.map((n) => levelOf(n.code) <= 1);
  // What the user must know about the plan as a whole, below the nodes.
  for (const message of proposal.messages) {
    rows.push([null, message[lang], null, null, null, null, null, null, null, null]);
    rowFills.push('amber');
    rowBold.push(false);
  }
  return {
    name,
    title: sheetTitle(pick(lang, '建议立项汇总', 'Proposal summary'), result, pack, lang),
    columns: [
      { header: pick(lang, '代码', 'Code'), width: 8, numberFormat: '@' },
      { header: pick(lang, '类别', 'Category'), width: 40, numberFormat: '@' },
      { header: pick(lang, '项目数', 'Projects to fund'), width: 9, numberFormat: '@' },
      { header: pick(lang, '预算(万元)', 'Budget (10k yuan)'), width: 11, numberFormat: '0.00' },
      { header: pick(lang, '已定批准', 'Decided'), width: 9 },
      { header: pick(lang, '建议批准', 'Proposed'), width: 9 },
      { header: pick(lang, '合计批准', 'Plan total'), width: 9 },
      {
        header: pick(lang, '合计金额(万元)', 'Plan amount (10k yuan)'),
        width: 13,
        numberFormat: '0.00',
      },
      {
        header: pick(lang, '剩余预算(万元)', 'Budget left (10k yuan)'),
        width: 13,
        numberFormat: '0.00',
      },
      { header: pick(lang, '限制', 'Binding'), width: 22, numberFormat: '@' },
    ],
    rows,
    rowFills,
    rowBold,
    links: [],
  };
}
