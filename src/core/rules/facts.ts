// Per-row facts, derived once so that each rule is a few lines: who applies (and as what type),
// where the application is placed in the tree, and the amounts and decision as numbers.
import { matchKey } from '../text/normalise';
import { fieldOf, filledTextOf } from '../read/applications';
import type { Application, Decision } from '../types';
import { valueOf } from './cells';
import type { Placement, RowFacts, RuleContext } from './types';

/**
 * The columns each fact is derived from (deriveFacts below). A rule that reads a fact reads these
 * cells, and names them in its `inputs` (memo.ts); test/core/rules/inputs.test.ts holds deriveFacts
 * and every rule to this.
 */
export const FACT_COLUMNS: { readonly [F in keyof RowFacts]: readonly string[] } = {
  unit: ['unit'],
  project: ['project'],
  units: ['unit'],
  unitKeys: ['unit'],
  joint: ['unit', 'joint'],
  lead: ['lead'],
  applicant: ['unit', 'lead', 'joint'],
  typeGiven: ['unitType'],
  typeFromName: ['unit', 'lead'],
  unitType: ['unit', 'lead', 'unitType'],
  typeGuessed: ['unit', 'lead', 'unitType'],
  node: ['category'],
  leaf: ['category'],
  per: ['category'],
  who: ['category'],
  completionDeadline: ['category'],
  requested: ['requested'],
  approved: ['approved'],
  decision: ['decision'],
};

// Fact columns in one order, the applicant's first: rules whose inputs start alike share the work
// of parting the rows by that start (memo.ts).
const FACT_COLUMN_ORDER = ['unit', 'lead', 'unitType', 'joint', 'category', 'requested', 'approved', 'decision', 'project'];

/** A rule's `inputs`: the columns behind the facts it reads, then the columns it reads itself, each once. */
export function inputsOf(facts: readonly (keyof RowFacts)[], columns: readonly string[] = []): readonly string[] {
  const behind = new Set(facts.flatMap((f) => FACT_COLUMNS[f]));
  const inputs = FACT_COLUMN_ORDER.filter((key) => behind.has(key));
  for (const key of columns) if (!inputs.includes(key)) inputs.push(key);
  return Object.freeze(inputs);
}

/** 一.3: units of a joint application are listed with 、，,;；/ or line breaks. */
const UNIT_SEPARATORS = /[、，,;；/／\r\n]+/;

const HAS_SEPARATOR = /[、，,;；/／\r\n]/;

export function splitUnits(unit: string): string[] {
  // Nearly every row names one unit: no need to split, map and filter for it.
  if (!HAS_SEPARATOR.test(unit)) {
    const single = unit.trim();
    return single === '' ? [] : [single];
  }
  return unit
    .split(UNIT_SEPARATORS)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** The applicant type a unit's name says, or null when no pattern (or more than one type) fits. */
export function typeFromName(name: string, ctx: RuleContext): string | null {
  // The same units apply many times: each name is matched against the patterns once per check.
  const known = ctx.typeByName.get(name);
  if (known !== undefined) return known;
  const found = guessType(matchKey(name), ctx);
  ctx.typeByName.set(name, found);
  return found;
}

function guessType(key: string, ctx: RuleContext): string | null {
  let found: string | null = null;
  for (const guesser of ctx.typeGuessers) {
    if (!guesser.patterns.some((p) => p.test(key))) continue;
    if (found !== null) return null;
    found = guesser.type;
  }
  return found;
}

interface UnitsRead {
  units: string[];
  unitKeys: string[];
}

/** Shared between rows, so frozen: no rule may change another row's units. */
const frozen = (list: string[]): string[] => Object.freeze(list) as string[];
const NO_UNITS: UnitsRead = Object.freeze({ units: frozen([]), unitKeys: frozen([]) });

/** A 申报单位 cell's units and their keys; the same units apply many times, so each text is split once. */
function unitsOf(unit: string | null, ctx: RuleContext): UnitsRead {
  if (unit === null) return NO_UNITS;
  let known = ctx.unitsByText.get(unit);
  if (known === undefined) {
    const units = frozen(splitUnits(unit));
    known = Object.freeze({ units, unitKeys: frozen(units.map(matchKey)) });
    ctx.unitsByText.set(unit, known);
  }
  return known;
}

const NOT_PLACED: Placement = Object.freeze({ node: null, leaf: null, per: null, who: null, completionDeadline: null });

/** Facts of no row yet: every field present, so that one object can be refilled row after row. */
export function emptyFacts(ctx: RuleContext): RowFacts {
  return {
    unit: null,
    project: null,
    units: NO_UNITS.units,
    unitKeys: NO_UNITS.unitKeys,
    joint: false,
    lead: null,
    applicant: null,
    typeGiven: null,
    typeFromName: null,
    unitType: null,
    typeGuessed: false,
    node: null,
    leaf: null,
    per: null,
    who: null,
    completionDeadline: ctx.pack.deadlines.completion,
    requested: null,
    approved: null,
    decision: 'pending',
  };
}

/**
 * A row's facts, written into `into` when given: the check refills one object row after row
 * (runRules), since no rule keeps a row's facts once it has checked the row; 100,000 objects of
 * 19 fields were 18 MB of garbage a check.
 */
export function deriveFacts(app: Application, ctx: RuleContext, into: RowFacts = emptyFacts(ctx)): RowFacts {
  const unit = filledTextOf(app, 'unit');
  const { units, unitKeys } = unitsOf(unit, ctx);
  const lead = filledTextOf(app, 'lead');
  const joint = valueOf<boolean>(app, 'joint') === true || units.length >= 2;

  const typeGiven = valueOf<string>(app, 'unitType');
  const named = lead ?? units[0] ?? null;
  const fromName = named === null ? null : typeFromName(named, ctx);
  const typeCell = fieldOf(app, 'unitType');
  const typeCellBlank = !typeCell || typeCell.blank;
  const typeGuessed = typeGiven === null && typeCellBlank && fromName !== null;

  const code = valueOf<string>(app, 'category');
  const placed = (code === null ? undefined : ctx.placements.get(code)) ?? NOT_PLACED;

  const facts = into;
  facts.unit = unit;
  facts.project = filledTextOf(app, 'project');
  facts.units = units;
  facts.unitKeys = unitKeys;
  facts.joint = joint;
  facts.lead = lead;
  facts.applicant = joint ? lead : unit;
  facts.typeGiven = typeGiven;
  facts.typeFromName = fromName;
  facts.unitType = typeGiven ?? (typeGuessed ? fromName : null);
  facts.typeGuessed = typeGuessed;
  facts.node = placed.node;
  facts.leaf = placed.leaf;
  facts.per = placed.per;
  facts.who = placed.who;
  facts.completionDeadline = placed.completionDeadline ?? ctx.pack.deadlines.completion;
  facts.requested = valueOf<number>(app, 'requested');
  facts.approved = valueOf<number>(app, 'approved');
  facts.decision = valueOf<Decision>(app, 'decision') ?? 'pending';
  return facts;
}
