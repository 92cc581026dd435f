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
  rowsConcerned: m('涉及第', '— rows'),
  rowsSeparator: m('、', ', '),
  rowsConcernedEnd: m('行', ''),
  allNodeFindings: (count: number) => m(`显示全部 ${count} 条`, `Show all ${count}`),
  allRowsConcerned: (count: number) => m(`显示全部 ${n(count)} 行`, `show all ${n(count)} rows`),

  // Progress and cancel
  progressRows: (done: number, total: number) => m(`${n(done)} / ${n(total)} 行`, `${n(done)} / ${n(total)} rows`),
  progressRowsAbout: (done: number, total: number) => m(`约 ${n(done)} / ${n(total)} 行`, `about ${n(done)} / ${n(total)} rows`),
  cancel: m('取消校验', 'Cancel the check'),
  cancelled: m('已取消校验，工作簿没有改动。', 'The check was cancelled; the workbook was not changed.'),
  cancelTooLate: m('正在写入结果，已不能取消。', 'The results are being written; it can no longer be cancelled.'),

  // Files in the wrong place
  workbookInPackChooser: (name: string) =>
    m(
      `“${name}”是 Excel 工作簿，不是规则文件。这里只用于换用其他年度的规则，通常不需要；要校验这个工作簿，请在上方“选择工作簿”处选择它（Excel 中请用“一键校验”）。`,
      `“${name}” is an Excel workbook, not a rules file. This is only for another year's rules and is rarely needed; to check the workbook, choose it under “Choose a workbook” above (in Excel, use “Check all rows”).`,
    ),
  packInWorkbookZone: (name: string) =>
    m(
      `“${name}”是规则文件，不是申报工作簿。这里请选择申报汇总表（.xlsx）；规则文件在下方“设置”→“高级”中选择，通常不需要。`,
      `“${name}” is a rules file, not a submissions workbook. Choose the submissions workbook (.xlsx) here; a rules file goes under “Settings” → “Advanced” below, and is rarely needed.`,
    ),

  // Browser mode
  dropTitle: m('选择或拖入申报汇总表', 'Choose or drop the submissions workbook'),
  dropSub: m('点击此处任意位置选择 .xlsx 文件，或把文件拖到这里。', 'Click anywhere here to choose an .xlsx file, or drop it here.'),
  checkingRows: (name: string, rows: number) =>
    m(`正在写入“${name}”的校验结果（${n(rows)} 行）…`, `Writing the results of “${name}” (${n(rows)} rows)…`),
  recheckFile: (name: string) => m(`重新校验“${name}”`, `Check “${name}” again`),
  downloadSummary: m('下载分配汇总', 'Download the allocation summary'),
  downloadIssues: m('下载问题清单', 'Download the findings list'),
  templateAndSettings: m('模板与设置', 'Template and settings'),
  templateSection: m('空白模板', 'Blank template'),
  templateDownload: m('下载空白申报汇总表', 'Download a blank submissions workbook'),
  templateDownloadHint: m(
    '含表头、下拉列表、“设置”“失信名单”和“填表说明”工作表，可直接发给各单位填写。',
    'With the headers, drop-down lists and the settings, blacklist and instructions sheets, ready to hand out.',
  ),
  settingsSection: m('设置', 'Settings'),
  advancedSection: m('高级：其他年度的规则', 'Advanced: another year’s rules'),
  deadlineBrowserHint: m(
    '只用于本次在浏览器中的校验，优先于工作簿“设置”表中的日期；您的文件不会被改动。留空则按工作簿中的设置。',
    'Used for checks in this browser, in place of the date in the workbook’s 设置 sheet; your file is not changed. Leave it empty to use the workbook’s own.',
  ),
  deadlineApplied: (iso: string) =>
    m(`申报截止日期按窗格中的设置（${iso}）校验；下载的工作簿中“设置”表未改动。`, `The submission deadline was taken from the pane (${iso}); the 设置 sheet of the download is unchanged.`),
  firstRunTitle: m('第一次使用？', 'First time here?'),
  firstRunBody: m(
    '可以先用自带的示例申报汇总表试一试：它是虚构的数据，包含各种常见问题。',
    'Try the bundled sample first: a made-up round with the usual kinds of problem.',
  ),
  trySample: m('用示例试一试', 'Try the sample'),
  sampleName: m('示例-申报汇总.xlsx', 'sample-submissions.xlsx'),

  // Allocation
  nodeCounts: (applications: number, eligible: number, pending: number, approved: number) =>
    m(`申报 ${applications} · 合格 ${eligible} · 待定 ${pending} · 批准 ${approved}`, `Applied ${applications} · eligible ${eligible} · pending ${pending} · approved ${approved}`),
  legendTitle: m('图例', 'Key'),
  legendUsed: m('已用（未满）', 'Used (room left)'),
  legendFull: m('正好用满', 'Exactly used up'),
  legendOver: m('超出（斜纹，越过竖线）', 'Over (striped, past the line)'),
  legendMark: m('竖线 = 名额或预算', 'Line = the quota or budget'),

  help: m('帮助', 'Help'),
  goToSheet: (sheet: string) => m(`转到“${sheet}”`, `Go to “${sheet}”`),
  printSheet: (sheet: string) => m(`打印“${sheet}”`, `Print “${sheet}”`),
  printHint: (sheet: string) =>
    m(`已打开“${sheet}”工作表，请按 Ctrl+P（Mac 上按 ⌘+P）打印。`, `“${sheet}” is open: press Ctrl+P (⌘+P on a Mac) to print it.`),

  // Stale results
  stale: m('设置已更改，下面的结果是按旧设置得出的。', 'A setting has changed; the results below were found with the old settings.'),
  recheck: m('重新校验', 'Check again'),
};
