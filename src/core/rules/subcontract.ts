// 一.5 项目应由申报单位本级执行，严禁项目转包: marked as subcontracted, or carried out by someone else.
import { matchKey } from '../text/normalise';
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

// Words people put in 执行单位 to say "the applicant itself": they name no other unit.
const SELF = new Set(['本单位', '本级', '本单位本级', '申报单位', '申报单位本级', '同申报单位'].map(matchKey));

export const subcontract: RowRule = {
  id: 'subcontract',
  check(app, facts, ctx) {
    const marked = cell<boolean>(app, 'subcontracted');
    if (marked.state === 'value' && marked.value === true) {
      return [
        finding(ctx.pack, this.id, app.row, marked, {
          detail: { zh: `「${marked.header}」为「${marked.text}」`, en: `"${marked.header}" is "${marked.text}"` },
        }),
      ];
    }
    const executor = cell<string>(app, 'executor');
    if (executor.state !== 'value') return [];
    const key = matchKey(executor.text);
    if (SELF.has(key)) return [];
    // A joint application without a lead (joint-lead's finding) may be carried out by any of its units.
    const ownUnit =
      facts.applicant !== null ? matchKey(facts.applicant) === key : facts.unitKeys.length === 0 || facts.unitKeys.includes(key);
    if (ownUnit) return [];
    const applicant = facts.applicant ?? facts.unit ?? '';
    return [
      finding(ctx.pack, this.id, app.row, executor, {
        detail: {
          zh: `执行单位「${executor.text}」不是申报单位「${applicant}」`,
          en: `The executing unit "${executor.text}" is not the applicant "${applicant}"`,
        },
      }),
    ];
  },
};
