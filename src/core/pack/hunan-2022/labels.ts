// The words Shenbao writes into the workbook: verdicts, severities, the two result headers and
// the names of the two sheets it adds.
import type { RulePackInput } from '../schema';

export const labels: RulePackInput['labels'] = {
  verdict: {
    eligible: { zh: '合格', en: 'Eligible' },
    attention: { zh: '需关注', en: 'Attention' },
    ineligible: { zh: '不合格', en: 'Ineligible' },
  },
  severity: {
    error: { zh: '错误', en: 'Error' },
    warning: { zh: '警告', en: 'Warning' },
    info: { zh: '提示', en: 'Info' },
  },
  resultHeaders: [
    { zh: '校验结果', en: 'Result' },
    { zh: '问题说明', en: 'Problems' },
  ],
  summarySheet: { zh: '分配汇总', en: 'Allocation summary' },
  issuesSheet: { zh: '问题清单', en: 'Issues' },
};
