// Who may apply (一.1): exactly three kinds. Spellings are what people type in 单位类型; name
// patterns guess the kind from the unit's own name (for `unit-type-guess`). Patterns run on the
// unit name after `matchKey` (NFKC, no spaces, lower case), so they need not allow for width or spacing.
import type { RulePackInput } from '../schema';

export const applicantTypes: RulePackInput['applicantTypes'] = [
  {
    id: '省级学会',
    en: 'Provincial society',
    spellings: ['省级学会', '省级协会', '省级研究会', '学会', '协会', '研究会', 'provincial society'],
    // 湖南省科学技术协会 is the funder itself, not a society.
    namePatterns: ['^湖南省(?!科学技术协会$).*(学会|协会|研究会)$'],
  },
  {
    id: '市州科协',
    en: 'City/prefecture AST',
    spellings: ['市州科协', '市科协', '州科协', '市级科协', 'city ast'],
    namePatterns: ['(市|州)科协$', '(市|州)科学技术协会$'],
    // 二.2 市州项目由同级科协审核、会同财政部门汇总后向省科协申报.
    localReview: true,
  },
  {
    id: '高校科协',
    en: 'University AST',
    spellings: ['高校科协', '大学科协', '学院科协', 'university ast'],
    namePatterns: ['(大学|学院)科协$', '(大学|学院)科学技术协会$'],
  },
];
