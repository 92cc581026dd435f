// Words of the two output sheets that are not in the pack: column headers, status words, titles.
import type { Lang, NodeStatus } from '../types';

export const pick = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

export const STATUS_WORDS: Record<NodeStatus, { zh: string; en: string }> = {
  over: { zh: '超出', en: 'Over' },
  full: { zh: '已满', en: 'Full' },
  open: { zh: '未满', en: 'Open' },
  under: { zh: '不足', en: 'Short' },
};

export const TOTAL_CODE = { zh: '合计', en: 'Total' };
