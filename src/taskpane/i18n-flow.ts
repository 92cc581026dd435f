// The pane's words for browsing results (filters, pages, node findings), the browser mode's flow,
// stale results, the allocation bars and help, in Chinese and English. Apart from i18n.ts so that
// wording there and the flow here can change without stepping on each other.
import type { Message } from '../core/types';

const m = (zh: string, en: string): Message => ({ zh, en });
const n = (value: number) => value.toLocaleString('en-US');

export const flowUi = {
  // Filters and pages
  verdictFilter: m('按校验结果筛选', 'Filter by verdict'),
  ruleFilter: m('问题类型', 'Kind of problem'),
  allRules: m('全部问题类型', 'Every kind of problem'),
  ruleOption: (title: string, count: number) => m(`${title}（${count}）`, `${title} (${count})`),
  search: m('按申报单位或项目名称查找', 'Find by unit or project'),
  searchPlaceholder: m('输入单位或项目名称', 'Unit or project name'),
  rowsShown: (from: number, to: number, total: number) =>
    m(`第 ${n(from)}–${n(to)} 行（共 ${n(total)} 行有问题）`, `Rows ${n(from)}–${n(to)} of ${n(total)} with findings`),
  pageOf: (page: number, pages: number) => m(`第 ${page} / ${pages} 页`, `Page ${page} of ${pages}`),
  previousPage: m('上一页', 'Previous page'),
  nextPage: m('下一页', 'Next page'),
  goToCell: (row: number, header: string | undefined) =>
    header ? m(`在工作表中选中第 ${row} 行的“${header}”`, `Select “${header}” of row ${row} in the sheet`) : m(`在工作表中选中第 ${row} 行`, `Select row ${row} in the sheet`),

  // Node findings (quota, budget)
  nodeFindingsTitle: m('名额与经费', 'Quotas and budgets'),
  rowsConcerned: m('涉及第', 'Rows'),
  rowsConcernedEnd: m('行', ''),
  allNodeFindings: (count: number) => m(`显示全部 ${count} 条`, `Show all ${count}`),
  allRowsConcerned: (count: number) => m(`显示全部 ${n(count)} 行`, `show all ${n(count)} rows`),

  // Progress and cancel
  progressRows: (done: number, total: number) => m(`${n(done)} / ${n(total)} 行`, `${n(done)} / ${n(total)} rows`),
  progressRowsAbout: (done: number, total: number) => m(`约 ${n(done)} / ${n(total)} 行`, `about ${n(done)} / ${n(total)} rows`),
  cancel: m('取消校验', 'Cancel the check'),
  cancelled: m('已取消校验，工作簿没有改动。', 'The check was cancelled; the workbook was not changed.'),
  cancelTooLate: m('正在写入结果，已不能取消。', 'The results are being written; it can no longer be cancelled.'),

  // Stale results
  stale: m('设置已更改，下面的结果是按旧设置得出的。', 'A setting has changed; the results below were found with the old settings.'),
  recheck: m('重新校验', 'Check again'),
};
