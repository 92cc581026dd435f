// The columns of the submissions sheet (workbook.md), by field key. Other parts of Shenbao refer to
// cells by these keys (`fields.requested`, `fields.completion`, …), never by header text.
import type { RulePackInput } from '../schema';

export const columns: RulePackInput['columns'] = [
  { key: 'seq', header: '序号', aliases: ['编号', 'No.', 'No'], type: 'ignored', en: 'No.' },
  { key: 'unit', header: '申报单位', aliases: ['单位名称', '申报单位名称', 'applicant', 'unit'], type: 'text', required: true, en: 'Applicant' },
  { key: 'unitType', header: '单位类型', aliases: ['申报主体类型', '申报主体', '单位性质', 'applicant type'], type: 'applicantType', required: true, en: 'Applicant type' },
  { key: 'category', header: '申报类别', aliases: ['项目类别', '项目类型', '类别', 'category'], type: 'category', required: true, en: 'Category' },
  { key: 'project', header: '项目名称', aliases: ['project', 'project name'], type: 'text', required: true, en: 'Project name' },
  {
    key: 'requested',
    header: '申请金额（万元）',
    aliases: ['申请金额', '申请经费', '申报金额', '申请资助金额', 'requested'],
    type: 'amount',
    required: true,
    en: 'Requested (10k yuan)',
  },
  { key: 'completion', header: '计划完成日期', aliases: ['完成时间', '计划完成时间', '完成日期', 'completion date'], type: 'date', required: true, en: 'Completion date' },
  { key: 'joint', header: '联合申报', aliases: ['是否联合申报', 'joint'], type: 'yesno', en: 'Joint application' },
  { key: 'lead', header: '牵头单位', aliases: ['lead unit'], type: 'text', en: 'Lead unit' },
  { key: 'executor', header: '执行单位', aliases: ['executing unit'], type: 'text', en: 'Executing unit' },
  { key: 'subcontracted', header: '是否转包', aliases: ['转包', 'subcontracted'], type: 'yesno', en: 'Subcontracted' },
  { key: 'cityReview', header: '同级科协审核', aliases: ['city review'], type: 'yesno', en: 'City review' },
  { key: 'financeSummary', header: '财政部门汇总', aliases: ['finance summary'], type: 'yesno', en: 'Finance summary' },
  { key: 'paperCopies', header: '纸质版份数', aliases: ['纸质份数', 'paper copies'], type: 'count', en: 'Paper copies' },
  { key: 'proofMaterials', header: '证明材料', aliases: ['proof materials'], type: 'yesno', en: 'Proof materials' },
  { key: 'electronicCopy', header: '电子版', aliases: ['电子版材料', 'electronic copy'], type: 'yesno', en: 'Electronic copy' },
  { key: 'submitted', header: '提交日期', aliases: ['报送日期', '提交时间', '报送时间', 'submitted on'], type: 'date', en: 'Submitted on' },
  { key: 'industry', header: '所属产业', aliases: ['产业领域', 'industry'], type: 'text', en: 'Industry' },
  { key: 'score', header: '评审得分', aliases: ['review score'], type: 'number', en: 'Review score' },
  { key: 'decision', header: '评审结果', aliases: ['decision'], type: 'decision', en: 'Decision' },
  {
    key: 'approved',
    header: '批准金额（万元）',
    aliases: ['批准金额', '核定金额', 'approved'],
    type: 'amount',
    en: 'Approved (10k yuan)',
  },
  { key: 'notes', header: '备注', aliases: ['notes'], type: 'ignored', en: 'Notes' },
];
