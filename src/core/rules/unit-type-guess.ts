// 一.1: an empty 单位类型 is taken from the unit's name (and the user told); a name that clearly
// says another type than the one given is worth a look.
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const unitTypeGuess: RowRule = {
  id: 'unit-type-guess',
  check(app, facts, ctx) {
    const named = facts.lead ?? facts.units[0];
    if (facts.typeFromName === null || named === undefined) return [];
    const mismatch = facts.typeGiven !== null && facts.typeGiven !== facts.typeFromName;
    if (!facts.typeGuessed && !mismatch) return [];
    const ref = refOf(app, 'unitType', ctx.pack);
    const guess = typeLabel(ctx.pack.applicantTypes, facts.typeFromName);
    if (facts.typeGuessed) {
      return [
        finding(ctx.pack, this.id, app.row, ref, {
          unit: named,
          guess,
          detail: { zh: `单位类型未填写，按「${facts.typeFromName}」校验`, en: `; the type is empty, so it is checked as ${guess.en}` },
        }),
      ];
    }
    if (facts.typeGiven !== null) {
      const given = typeLabel(ctx.pack.applicantTypes, facts.typeGiven);
      return [
        finding(ctx.pack, this.id, app.row, ref, {
          unit: named,
          guess,
          detail: { zh: `但单位类型填的是「${facts.typeGiven}」`, en: `, but the type given is ${given.en}` },
        }),
      ];
    }
    return [];
  },
};

function typeLabel(types: { id: string; en: string }[], id: string) {
  const type = types.find((t) => t.id === id);
  return { zh: id, en: type?.en ?? id };
}
