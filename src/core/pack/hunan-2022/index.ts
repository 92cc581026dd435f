// The built-in pack for the 2022 guide: plain data assembled from its parts, then validated once.
import { parsePack, type RulePack, type RulePackInput } from '../schema';
import { applicantTypes } from './applicants';
import { categories, total } from './categories';
import { columns } from './columns';
import { figures } from './figures';
import { labels } from './labels';
import { round } from './round';
import { rules } from './rules';

export const hunan2022Input: RulePackInput = {
  ...round,
  columns,
  applicantTypes,
  total,
  categories,
  figures,
  rules,
  labels,
};

export const hunan2022: RulePack = parsePack(hunan2022Input, 'hunan-2022');
