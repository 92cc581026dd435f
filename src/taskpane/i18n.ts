// Every string the pane shows, in Chinese and English. Messages from the core arrive as
// `Message {zh, en}` already; these are the pane's own words.
import type { Lang, Message, Severity, Verdict } from '../core/types';

export type { Lang, Message };

/** The message in the pane's language. */
export function say(lang: Lang, message: Message): string {
  return message[lang];
}

const m = (zh: string, en: string): Message => ({ zh, en });

export const ui = {
  appTitle: m('申报助手', 'Shenbao'),
  switchLanguage: m('English', '中文'),
  switchLanguageLabel: m('Switch to English', '切换到中文'),

  // Tabs
  tabCheck: m('一键校验', 'Check'),
  tabAllocation: m('分配情况', 'Allocation'),
  tabTemplate: m('插入模板', 'Insert template'),
  tabSettings: m('设置', 'Settings'),
  tabFindings: m('问题清单', 'Findings'),

  // Check
  checkButton: m('一键校验', 'Check all rows'),
  checkHint: m(
    '校验当前工作表的每一行，结果写入“校验结果”“问题说明”两列及“分配汇总”“问题清单”两个工作表。',
    'Checks every row of the active sheet and writes the result columns and the summary and findings sheets.',
  ),
  stageReading: m('正在读取工作表…', 'Reading the sheet…'),
  stageChecking: m('正在校验…', 'Checking…'),
  stageWriting: m('正在写入结果…', 'Writing the results…'),
  stageDone: m('完成', 'Done'),
  checkedSheet: (sheet: string, rows: number) =>
    m(`已校验工作表“${sheet}”的 ${rows} 行。`, `Checked ${rows} rows of sheet “${sheet}”.`),
  packInUse: (title: string) => m(`规则包：${title}`, `Rule pack: ${title}`),

  // Counts
  verdict: {
    eligible: m('合格', 'Eligible'),
    attention: m('需关注', 'Needs attention'),
    ineligible: m('不合格', 'Ineligible'),
  } satisfies Record<Verdict, Message>,
  countsLabel: m('校验结果统计', 'Verdict counts'),

  // Findings
  severity: {
    error: m('错误', 'Error'),
    warning: m('警告', 'Warning'),
    info: m('提示', 'Info'),
  } satisfies Record<Severity, Message>,
  severityFilter: m('按严重程度筛选', 'Filter by severity'),
  rowLabel: (row: number) => m(`第 ${row} 行`, `Row ${row}`),
  selectRow: (row: number) => m(`在工作表中选中第 ${row} 行`, `Select row ${row} in the sheet`),
  clauseLabel: (clause: string) => m(`条款 ${clause}`, `Clause ${clause}`),
  noUnit: m('（未填单位）', '(no unit)'),
  noProject: m('（未填项目）', '(no project)'),
  noFindings: m('没有符合筛选条件的问题。', 'No findings match the filter.'),
  allClear: m('所有行均合格，没有发现问题。', 'Every row is eligible; nothing was found.'),
  notices: m('提示信息', 'Notes'),

  // Allocation
  allocationEmpty: m('请先运行一键校验，再查看分配情况。', 'Run the check first to see the allocation.'),
  allocationCount: (approved: number, quota: string) =>
    m(`批准 ${approved} 项 / 名额 ${quota}`, `Approved ${approved} / quota ${quota}`),
  allocationCountNoQuota: (approved: number) => m(`批准 ${approved} 项（无单独名额）`, `Approved ${approved} (no quota of its own)`),
  allocationAmount: (approved: string, budget: string) =>
    m(`批准 ${approved} 万元 / 预算 ${budget} 万元`, `Approved ${approved} / budget ${budget} (10k yuan)`),
  allocationAmountNoBudget: (approved: string) =>
    m(`批准 ${approved} 万元（无单独预算）`, `Approved ${approved} (10k yuan; no budget of its own)`),
  overQuota: m('超名额', 'Over quota'),
  overBudget: m('超预算', 'Over budget'),
  countBar: (code: string) => m(`${code} 名额使用`, `${code} quota used`),
  amountBar: (code: string) => m(`${code} 预算使用`, `${code} budget used`),

  // Template
  templateButton: m('插入模板', 'Insert template'),
  templateHint: m(
    '在当前工作簿中加入申报汇总表头、下拉列表、“设置”“失信名单”和“填表说明”工作表。已有的工作表不会被改动。',
    'Adds the submissions headers, drop-down lists and the settings, blacklist and instructions sheets. Existing sheets are left alone.',
  ),
  templateInserted: (names: string[]) => m(`已插入：${names.join('、')}。`, `Inserted: ${names.join(', ')}.`),
  templateExisted: (names: string[]) =>
    m(`已经存在，未改动：${names.join('、')}。`, `Already there, left unchanged: ${names.join(', ')}.`),

  // Settings
  deadlineLabel: m('申报截止日期', 'Submission deadline'),
  deadlineHint: m(
    '保存到“设置”工作表。留空则不检查逾期提交。',
    'Saved to the 设置 sheet. Leave it empty to turn the late-submission check off.',
  ),
  deadlineSave: m('保存截止日期', 'Save deadline'),
  deadlineSaved: (iso: string | null) =>
    iso ? m(`截止日期已保存：${iso}。`, `Deadline saved: ${iso}.`) : m('截止日期已清除。', 'Deadline cleared.'),
  loading: m('正在读取…', 'Loading…'),

  // Rule pack
  packHeading: m('规则包', 'Rule pack'),
  packBuiltIn: (title: string) => m(`内置规则包：${title}`, `Built-in pack: ${title}`),
  packFromFile: (title: string) => m(`来自文件的规则包：${title}`, `Pack from a file: ${title}`),
  packChoose: m('选择规则包文件（JSON）', 'Choose a rule pack file (JSON)'),
  packUseBuiltIn: m('使用内置规则包', 'Use the built-in pack'),
  packLoaded: (name: string) => m(`已使用规则包文件“${name}”。`, `Now using the rule pack file “${name}”.`),
  packNotJson: (name: string, detail: string) =>
    m(`文件“${name}”不是有效的 JSON：${detail}`, `The file “${name}” is not valid JSON: ${detail}`),
  packInvalid: (name: string, problem: string) =>
    m(`文件“${name}”不是有效的规则包，问题在 ${problem}`, `The file “${name}” is not a valid rule pack; the problem is at ${problem}`),
  commandPackInvalid: (problem: string) =>
    m(
      `保存的规则包已失效（${problem}），未进行校验。请在“设置”中重新选择规则包或改用内置规则包。`,
      `The saved rule pack is no longer valid (${problem}); nothing was checked. Choose the pack again under Settings, or use the built-in one.`,
    ),
  commandFailed: (reason: Message) =>
    m(`功能区“一键校验”未能完成，工作簿未被改动：${reason.zh}`, `The ribbon check could not finish and the workbook was not changed: ${reason.en}`),
  packStoredInvalid: (problem: string) =>
    m(`保存的规则包已失效（${problem}），已改用内置规则包。`, `The saved rule pack is no longer valid (${problem}); using the built-in pack.`),

  // No-Excel mode
  browserBanner: m(
    '未检测到 Excel。工作簿将在本浏览器中直接校验，文件不会离开您的电脑。',
    'Excel was not detected. The workbook is checked right here in the browser; nothing leaves your computer.',
  ),
  browserBannerTitle: m('浏览器模式', 'Browser mode'),
  chooseWorkbook: m('选择工作簿', 'Choose a workbook'),
  dropHint: m('把 .xlsx 文件拖到这里，或点击选择。', 'Drop an .xlsx file here, or choose one.'),
  notXlsx: (name: string) =>
    m(`文件“${name}”不是 .xlsx 工作簿，请选择 Excel 工作簿（.xlsx）。`, `The file “${name}” is not an .xlsx workbook; choose an Excel workbook (.xlsx).`),
  currentWorkbook: (name: string) => m(`当前工作簿：${name}`, `Current workbook: ${name}`),
  checkingFile: (name: string) => m(`正在校验“${name}”…`, `Checking “${name}”…`),
  download: m('下载', 'Download checked workbook'),
  downloadHint: (name: string) => m(`校验后的工作簿：${name}（原文件不变）`, `Checked workbook: ${name} (your file is unchanged)`),

  // Errors
  errorTitle: m('出错了', 'Something went wrong'),
  unexpected: (detail: string) => m(`发生了意外错误：${detail}`, `An unexpected error occurred: ${detail}`),
  packError: (problem: string) => m(`规则包无效，问题在 ${problem}`, `The rule pack is not valid; the problem is at ${problem}`),
};

export const stageText = {
  reading: ui.stageReading,
  checking: ui.stageChecking,
  writing: ui.stageWriting,
  done: ui.stageDone,
} as const;
