// Per-row facts, derived once so that each rule is a few lines: who applies (and as what type),
// where the application is placed in the tree, and the amounts and decision as numbers.
import { matchKey } from '../text/normalise';
import type { Application, Decision } from '../types';
import { filledText, valueOf } from './cells';
import type { Placement, RowFacts, RuleContext } from './types';

/** 一.3: units of a joint application are listed with 、，,;；/ or line breaks. */
const UNIT_SEPARATORS = /[、，,;；/／\r\n]+/;

export function splitUnits(unit: string): string[] {
  return unit
    .split(UNIT_SEPARATORS)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** The applicant type a unit's name says, or null when no pattern (or more than one type) fits. */
export function typeFromName(name: string, ctx: RuleContext): string | null {
  const key = matchKey(name);
  let found: string | null = null;
  for (const guesser of ctx.typeGuessers) {
    if (!guesser.patterns.some((p) => p.test(key))) continue;
    if (found !== null) return null;
    found = guesser.type;
  }
  return found;
}

const NOT_PLACED: Placement = { node: null, leaf: null, per: null, who: null, completionDeadline: null };

export function deriveFacts(app: Application, ctx: RuleContext): RowFacts {
  const unit = filledText(app, 'unit');
  const units = unit === null ? [] : splitUnits(unit);
  const lead = filledText(app, 'lead');
  const joint = valueOf<boolean>(app, 'joint') === true || units.length >= 2;

  const typeGiven = valueOf<string>(app, 'unitType');
  const named = lead ?? units[0] ?? null;
  const fromName = named === null ? null : typeFromName(named, ctx);
  const typeCell = app.fields.unitType;
  const typeCellBlank = !typeCell || typeCell.blank;
  const typeGuessed = typeGiven === null && typeCellBlank && fromName !== null;

  const code = valueOf<string>(app, 'category');
  const placed = (code === null ? undefined : ctx.placements.get(code)) ?? NOT_PLACED;

  return {
    unit,
    project: filledText(app, 'project'),
    units,
    unitKeys: units.map(matchKey),
    joint,
    lead,
    applicant: joint ? lead : unit,
    typeGiven,
    typeFromName: fromName,
    unitType: typeGiven ?? (typeGuessed ? fromName : null),
    typeGuessed,
    node: placed.node,
    leaf: placed.leaf,
    per: placed.per,
    who: placed.who,
    completionDeadline: placed.completionDeadline ?? ctx.pack.deadlines.completion,
    requested: valueOf<number>(app, 'requested'),
    approved: valueOf<number>(app, 'approved'),
    decision: valueOf<Decision>(app, 'decision') ?? 'pending',
  };
}
