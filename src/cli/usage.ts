// The usage text, printed by `help` and after a usage error.
import type { Message } from '../core/types';

export const USAGE: Message = {
  zh: `申报助手 Shenbao：按《2022年度学会服务能力提升计划项目申报指南》检查申报汇总表

用法：
  shenbao check 申报表.xlsx [--out 结果.xlsx] [--json 报告.json] [--sheet 工作表名] [--rules 规则包.json] [--lang zh|en]
      检查申报表，把结果写到新文件（默认：与原文件同目录的“原文件名.checked.xlsx”），原文件不会被改动。
      --json     另存一份 JSON 检查报告
      --sheet    指定申报表所在的工作表（默认自动识别）
      --rules    使用其他年度的规则包（JSON 文件）
  shenbao propose 申报表.xlsx [--out 结果.xlsx] [--json 报告.json] [--keep-decisions|--replan] [--apply] [--cut 百分比]
      建议立项：在满足各类别项目数、预算和单项金额的前提下，选出评审得分合计最高的项目，
      写到结果文件的“建议立项”“建议立项汇总”表（默认：“原文件名.proposal.xlsx”）。
      --keep-decisions  已填的评审结果保持不变（默认）
      --replan   忽略已填的评审结果，全部重新规划
      --apply    把建议写入结果文件的评审结果和批准金额列（默认文件名“原文件名.proposed.xlsx”）
      --cut      按比例核减：建议金额为申请金额的百分之几（默认 100）
  shenbao template 模板.xlsx
      生成空白申报汇总表：表头、下拉选项、设置、失信名单、填表说明。
  shenbao sample 示例.xlsx [--rows 行数] [--seed 随机种子]
      生成一份虚构的示例申报汇总表（默认 120 行，种子 2022；同一种子结果相同）。
  shenbao pack 规则包.json
      写出内置的 2022 年规则包（JSON），作为下一年度指南规则包的起点；改好后用 --rules 使用。
  shenbao help
      显示本说明。

退出码：0 检查已完成（无论发现什么问题）；1 输入文件或规则包无法读取，未写出任何文件；2 命令用法有误。
设置 --lang en 或环境变量 LANG=en_US.UTF-8 可显示英文。`,
  en: `Shenbao: checks a grant-application summary workbook against the 2022 guide

Usage:
  shenbao check IN.xlsx [--out OUT.xlsx] [--json REPORT.json] [--sheet NAME] [--rules PACK.json] [--lang zh|en]
      Checks IN and writes the result to a new file (default: IN.checked.xlsx beside it); IN is never changed.
      --json     also write the check report as JSON
      --sheet    the sheet that holds the applications (default: found automatically)
      --rules    a rule pack (JSON) for another year's guide
  shenbao propose IN.xlsx [--out OUT.xlsx] [--json REPORT.json] [--keep-decisions|--replan] [--apply] [--cut PERCENT]
      Proposes the approvals with the highest total review score that keep every count, budget and
      per-project range; writes the sheets 建议立项 and 建议立项汇总 (default: IN.proposal.xlsx).
      --keep-decisions  keep the decisions already entered (the default)
      --replan   ignore the decisions entered and plan every row
      --apply    write the proposal into the copy's decision and approved-amount columns (IN.proposed.xlsx)
      --cut      a uniform cut: proposed amounts are this percent of the requested (default 100)
  shenbao template OUT.xlsx
      Writes an empty submissions workbook: headers, drop-down lists, 设置, 失信名单, instructions.
  shenbao sample OUT.xlsx [--rows N] [--seed S]
      Writes a made-up round of N rows (default 120, seed 2022; the same seed gives the same file).
  shenbao pack PACK.json
      Writes the built-in 2022 rule pack as JSON: the starting point for next year's pack (use it with --rules).
  shenbao help
      Shows this text.

Exit codes: 0 the check ran (whatever it found); 1 the input or the rule pack cannot be read, nothing written;
2 a usage error. Chinese is the default; --lang en or LANG=en_US.UTF-8 for English.`,
};
