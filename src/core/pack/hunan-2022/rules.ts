// Every rule of rules.md as data: severity, the guide's clause, and the message templates.
// `{name}` placeholders are filled by the rule's code (src/core/rules); a placeholder's value may
// itself be a zh/en pair, so one template serves both languages.
import type { RulePackInput } from '../schema';

export const rules: RulePackInput['rules'] = {
  'required-field': {
    severity: 'error',
    clause: '一.2',
    title: { zh: '必填项', en: 'Required field' },
    message: { zh: '「{header}」未填写，申报要素须齐全', en: '"{header}" is empty; the application must be complete' },
  },
  'unit-type': {
    severity: 'error',
    clause: '一.1',
    title: { zh: '单位类型', en: 'Applicant type' },
    message: {
      zh: '单位类型「{given}」不能申报，申报单位只限：{allowed}',
      en: 'Applicant type "{given}" may not apply; only {allowed} may',
    },
  },
  'unit-type-guess': {
    severity: 'warning',
    clause: '一.1',
    title: { zh: '单位类型推断', en: 'Applicant type guessed' },
    message: {
      zh: '单位名称「{unit}」表明单位类型是「{guess}」，{detail}',
      en: 'The name "{unit}" says the applicant type is {guess}{detail}',
    },
  },
  'unknown-category': {
    severity: 'error',
    clause: '三',
    title: { zh: '未知类别', en: 'Unknown category' },
    message: {
      zh: '申报类别「{given}」不是指南中的项目类别，请填写类别代码或名称，如“3.1.1 青年科技论坛（沙龙）”',
      en: 'Category "{given}" is not a category of the guide; give its code or name, e.g. "3.1.1 Young scientists forum (salon)"',
    },
  },
  'category-not-leaf': {
    severity: 'error',
    clause: '三',
    title: { zh: '类别不具体', en: 'Category too broad' },
    message: {
      zh: '申报类别「{given}」是大类「{code} {name}」，请填写具体类别：{children}',
      en: 'Category "{given}" is the group {code} {name}; name one of: {children}',
    },
  },
  'category-eligibility': {
    severity: 'error',
    clause: '四 申报主体',
    title: { zh: '申报主体不符', en: 'Applicant may not apply' },
    message: {
      zh: '「{unitType}」不能申报「{code} {name}」，该类别的申报主体为：{allowed}',
      en: '{unitType} may not apply for {code} {name}; it is open to: {allowed}',
    },
  },
  'joint-lead': {
    severity: 'error',
    clause: '一.3',
    title: { zh: '未注明牵头单位', en: 'No lead unit' },
    message: {
      zh: '联合申报的项目（申报单位「{unit}」）须注明牵头单位',
      en: 'A joint application ("{unit}") must name its lead unit',
    },
  },
  'joint-lead-mismatch': {
    severity: 'warning',
    clause: '一.3',
    title: { zh: '牵头单位不符', en: 'Lead unit not an applicant' },
    message: {
      zh: '牵头单位「{lead}」不在申报单位「{unit}」之中',
      en: 'Lead unit "{lead}" is not one of the applicants "{unit}"',
    },
  },
  'completion-deadline': {
    severity: 'error',
    clause: '一.4',
    title: { zh: '完成时限', en: 'Completion deadline' },
    message: {
      zh: '计划完成日期「{given}」晚于 {deadline}：该项目最迟应于 {deadline} 完成',
      en: 'Planned completion "{given}" is after {deadline}: the project must be completed by {deadline} at the latest',
    },
  },
  subcontract: {
    severity: 'error',
    clause: '一.5',
    title: { zh: '转包', en: 'Subcontracting' },
    message: {
      zh: '{detail}：项目应由申报单位本级执行，严禁转包',
      en: '{detail}: the applicant must carry out the project itself; subcontracting is forbidden',
    },
  },
  'city-review': {
    severity: 'error',
    clause: '二.2',
    title: { zh: '市州审核汇总', en: 'City review' },
    message: {
      zh: '「{header}」{state}：市州项目须由同级科协审核、会同财政部门汇总后申报',
      en: '"{header}" {state}: a city project must be reviewed by the city AST and summarised with the finance department',
    },
  },
  blacklist: {
    severity: 'error',
    clause: '二.3',
    title: { zh: '失信名单', en: 'Falsification ban' },
    message: {
      zh: '「{unit}」在失信名单中（{startYear}年起连续{banYears}年取消申报资格，见 {source}）',
      en: '"{unit}" is on the falsification list (barred for {banYears} years from {startYear}; see {source})',
    },
  },
  'paper-copies': {
    severity: 'error',
    clause: '二.4',
    title: { zh: '纸质版份数', en: 'Paper copies' },
    message: {
      zh: '纸质版份数{state}，须寄送纸质版一式{min}份',
      en: 'Paper copies {state}; {min} copies are required',
    },
  },
  'proof-materials': {
    severity: 'error',
    clause: '二.4',
    title: { zh: '证明材料', en: 'Proof materials' },
    message: {
      zh: '证明材料{state}，须寄送证明材料一份',
      en: 'Proof materials {state}; one set of proof materials is required',
    },
  },
  'electronic-copy': {
    severity: 'error',
    clause: '二.4',
    title: { zh: '电子版', en: 'Electronic copy' },
    message: {
      zh: '电子版{state}，须同时提交电子版',
      en: 'Electronic copy {state}; an electronic copy is required as well',
    },
  },
  'late-submission': {
    severity: 'error',
    clause: '二.4',
    title: { zh: '逾期提交', en: 'Late submission' },
    message: {
      zh: '提交日期「{given}」晚于申报截止日期 {deadline}',
      en: 'Submitted on "{given}", after the deadline {deadline}',
    },
  },
  'amount-range': {
    severity: 'warning',
    clause: '四 经费安排',
    title: { zh: '申请金额', en: 'Requested amount' },
    message: {
      zh: '申请金额 {amount} 万元不符合「{name}」的经费安排：每项 {range} 万元',
      en: 'Requested {amount} (10k yuan) does not fit the funding of {name}: {range} per project',
    },
  },
  indicator: {
    // Severity and clause come from each figure of the pack; these are the fallbacks.
    severity: 'error',
    clause: '四 项目内容',
    title: { zh: '类别指标', en: 'Category figure' },
    message: {
      zh: '「{name}」的「{header}」{detail}；指南要求：{quote}',
      en: '{name}: "{header}" {detail}; the guide asks: {quote}',
    },
  },
  duplicate: {
    severity: 'warning',
    clause: '',
    title: { zh: '重复申报', en: 'Duplicate' },
    message: {
      zh: '「{unit}」的项目「{project}」重复出现（第 {rows} 行）',
      en: '"{unit}" lists the project "{project}" more than once (rows {rows})',
    },
  },
  'focus-industry': {
    severity: 'info',
    clause: '四.(二).2',
    title: { zh: '重点产业', en: 'Focus industry' },
    message: {
      zh: '所属产业「{given}」不在指南重点支持的产业中（{industries}）',
      en: 'Industry "{given}" is not one the guide emphasises ({industries})',
    },
  },
  'bad-value': {
    severity: 'error',
    clause: '一.2',
    title: { zh: '无法识别', en: 'Unreadable value' },
    message: {
      // {reason} is what is wrong with the cell: 不是金额, 是Excel错误值，不是日期, ….
      zh: '「{header}」的内容「{text}」{reason}，请改正',
      en: '"{header}" holds "{text}", which {reason}; please correct it',
    },
  },
  'approved-ineligible': {
    severity: 'error',
    clause: '',
    title: { zh: '批准了不合格项目', en: 'Ineligible approved' },
    message: {
      zh: '该项目已批准，但本行有不合格问题：{rules}',
      en: 'Approved although the row has errors: {rules}',
    },
  },
  'approved-amount-missing': {
    severity: 'error',
    clause: '',
    title: { zh: '缺批准金额', en: 'Approved amount missing' },
    message: {
      zh: '评审结果为批准，但未填写批准金额',
      en: 'Approved, but no approved amount is given',
    },
  },
  'approved-amount-range': {
    severity: 'error',
    clause: '四 经费安排',
    title: { zh: '批准金额', en: 'Approved amount' },
    message: {
      zh: '批准金额 {amount} 万元不符合「{name}」的经费安排：每项 {range} 万元',
      en: 'Approved {amount} (10k yuan) does not fit the funding of {name}: {range} per project',
    },
  },
  'approved-over-request': {
    severity: 'warning',
    clause: '',
    title: { zh: '批准超过申请', en: 'Approved above request' },
    message: {
      zh: '批准金额 {approved} 万元高于申请金额 {requested} 万元',
      en: 'Approved {approved} is more than the {requested} requested (10k yuan)',
    },
  },
  'quota-exceeded': {
    severity: 'error',
    clause: '四 项目数量',
    title: { zh: '超出项目数量', en: 'Too many approved' },
    message: {
      zh: '「{name}」批准 {approved} 项，超过项目数量 {count} 项',
      en: '{name}: {approved} approved, more than its quota of {count}',
    },
  },
  'quota-unfilled': {
    severity: 'warning',
    clause: '四 项目数量',
    title: { zh: '项目数量不足', en: 'Too few approved' },
    message: {
      zh: '「{name}」批准 {approved} 项，少于项目数量 {count} 项，且已无待定项目',
      en: '{name}: {approved} approved, fewer than its quota of {count}, and none pending',
    },
  },
  'budget-exceeded': {
    severity: 'error',
    clause: '四 经费安排',
    title: { zh: '超出预算', en: 'Over budget' },
    message: {
      zh: '「{name}」批准金额合计 {sum} 万元，超过预算 {budget} 万元',
      en: '{name}: approved amounts total {sum}, more than the budget of {budget} (10k yuan)',
    },
  },
};
