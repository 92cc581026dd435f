// The round itself: its year, deadlines, sheet names, submission formalities and decision words.
import type { RulePackInput } from '../schema';
import { SECTION_3_NOTE } from './categories';

export const round = {
  id: 'hunan-2022',
  title: { zh: '湖南省科协2022年度学会服务能力提升计划', en: 'Hunan AST 2022 Society Service Capability Improvement Plan' },
  year: 2022,
  source: '2022年度学会服务能力提升计划项目申报指南（附件1-1）',
  notes: [SECTION_3_NOTE],
  sheetNames: ['申报汇总', '申报项目', '申报表'],
  minKnownHeaders: 3,
  // 一.4: "所有申报项目应于2022年12月底前完成"; 二.4 gives no submission date ("规定时间内").
  deadlines: { completion: '2022-12-31', submission: null },
  // 二.4: 纸质版一式三份.
  paperCopiesMin: 3,
  // 二.3: 连续3年取消该单位申报资格.
  banYears: 3,
  blacklist: [],
  // 四.(二).2.①: 重点在…重点支柱产业 — an emphasis, reported as info.
  focusIndustries: { category: '2.2.1', industries: ['工程机械', '先进轨道交通装备', '航天航空', '新材料', '生物医药'] },
  decisions: {
    approved: ['批准', '通过', '立项', '同意', '是', 'approved', 'yes'],
    rejected: ['不批准', '不通过', '不予立项', '否', 'rejected', 'no'],
    pending: ['待定', '待审', 'pending'],
  },
} satisfies Partial<RulePackInput>;
