// The mistakes real rounds contain, one function each. A flaw returns false when it does not fit
// the row (e.g. a missing city review on a society's row), and the generator picks another.
import type { CategoryNode, RulePack } from '../pack/schema';
import type { PackIndex } from '../pack/tree';
import { allowedTypes, perRange, utcDate, type SampleRow } from './good-row';
import type { Random } from './prng';
import { BLACKLIST, NOT_APPLICANTS, UNITS_BY_TYPE } from './units';

export interface FlawContext {
  pack: RulePack;
  index: PackIndex;
  leaf: CategoryNode;
  random: Random;
}

export interface Flaw {
  name: string;
  /** Relative frequency among flawed rows. */
  weight: number;
  apply(row: SampleRow, context: FlawContext): boolean;
}

const APPLICANT_TYPES = Object.keys(UNITS_BY_TYPE);

function otherUnit(row: SampleRow, random: Random): string {
  const pool = UNITS_BY_TYPE[String(row.unitType)] ?? UNITS_BY_TYPE['省级学会'];
  const candidates = pool.filter((unit) => unit !== row.unit);
  return random.pick(candidates);
}

export const FLAWS: Flaw[] = [
  {
    name: 'wrong applicant type for the category',
    weight: 3,
    apply(row, { index, leaf, random }) {
      const allowed = allowedTypes(index, leaf);
      const wrong = APPLICANT_TYPES.filter((type) => !allowed.includes(type));
      if (wrong.length === 0) return false;
      row.unitType = random.pick(wrong);
      row.unit = random.pick(UNITS_BY_TYPE[row.unitType]);
      // A city that applies for the wrong category still has its review done.
      if (row.unitType === '市州科协') row.cityReview = row.financeSummary = '是';
      return true;
    },
  },
  {
    name: 'not an applicant type at all',
    weight: 1,
    apply(row, { random }) {
      const applicant = random.pick(NOT_APPLICANTS);
      row.unit = applicant.unit;
      row.unitType = applicant.type;
      return true;
    },
  },
  {
    name: 'a required field left empty',
    weight: 3,
    apply(row, { random }) {
      row[random.pick(['unitType', 'project', 'requested', 'completion', 'category'])] = null;
      return true;
    },
  },
  {
    name: 'applicant type left empty (the unit’s name says it)',
    weight: 1,
    apply(row) {
      row.unitType = null;
      return true;
    },
  },
  {
    name: 'amount out of range',
    weight: 3,
    apply(row, { index, leaf, random }) {
      const per = perRange(index, leaf);
      row.requested = random.chance(0.7) ? per.max + random.int(1, 10) : Math.max(1, per.min - random.int(1, 3));
      return true;
    },
  },
  {
    name: 'completion after the round',
    weight: 2,
    apply(row, { random }) {
      row.completion = random.chance(0.5) ? utcDate(2023, random.int(1, 6), 30) : '2023年3月';
      return true;
    },
  },
  {
    name: 'joint application without a lead unit',
    weight: 2,
    apply(row, { random }) {
      row.unit = `${row.unit}、${otherUnit(row, random)}`;
      row.joint = '是';
      row.lead = null;
      return true;
    },
  },
  {
    name: 'subcontracted',
    weight: 2,
    apply(row, { random }) {
      if (random.chance(0.5)) row.subcontracted = '是';
      else row.executor = random.pick(['长沙智联会务服务有限公司', '湖南星城文化传播有限公司']);
      return true;
    },
  },
  {
    name: 'city row without review or finance summary',
    weight: 2,
    apply(row, { random }) {
      if (row.unitType !== '市州科协') return false;
      if (random.chance(0.5)) row.cityReview = '否';
      else row.financeSummary = null;
      return true;
    },
  },
  {
    name: 'too few paper copies',
    weight: 2,
    apply(row, { random }) {
      row.paperCopies = random.int(1, 2);
      return true;
    },
  },
  {
    name: 'no proof materials or electronic copy',
    weight: 1,
    apply(row, { random }) {
      row[random.chance(0.5) ? 'proofMaterials' : 'electronicCopy'] = '否';
      return true;
    },
  },
  {
    name: 'a blacklisted unit',
    weight: 1,
    apply(row) {
      row.unit = BLACKLIST[0].unit;
      row.unitType = '省级学会';
      return true;
    },
  },
  {
    name: 'a figure below the guide’s bound',
    weight: 3,
    apply(row, { pack, leaf, random }) {
      const figures = pack.figures.filter((f) => f.category === leaf.code);
      if (figures.length === 0) return false;
      const figure = random.pick(figures);
      row[figure.key] = figure.min !== undefined ? (random.chance(0.8) ? figure.min - 1 : null) : (figure.max ?? 40) + random.int(1, 8);
      return true;
    },
  },
  {
    name: 'submitted after the deadline',
    weight: 1,
    apply(row, { random }) {
      row.submitted = utcDate(2022, 7, random.int(1, 15));
      return true;
    },
  },
  {
    name: 'a cell that is not its type',
    weight: 1,
    apply(row, { random }) {
      if (random.chance(0.5)) row.requested = '待定';
      else row.completion = '年底前';
      return true;
    },
  },
  {
    name: 'a category that is not a leaf, or none at all',
    weight: 1,
    apply(row, { index, leaf, random }) {
      const parent = index.byCode.get(leaf.parent ?? '');
      row.category = parent && random.chance(0.6) ? parent.code : '科普宣传活动';
      return true;
    },
  },
];

const TOTAL_WEIGHT = FLAWS.reduce((sum, flaw) => sum + flaw.weight, 0);

export function pickFlaw(random: Random): Flaw {
  let at = random.next() * TOTAL_WEIGHT;
  for (const flaw of FLAWS) {
    at -= flaw.weight;
    if (at < 0) return flaw;
  }
  return FLAWS[FLAWS.length - 1];
}

/**
 * Spoils a row: each kind of flaw once first (the first that fits the row), so even a small sample
 * shows them all, then kinds at random by weight. `unseen` is the caller's list of kinds not yet used.
 * Returns false when no flaw fitted.
 */
export function spoil(row: SampleRow, context: FlawContext, unseen: Flaw[]): boolean {
  const first = unseen.findIndex((flaw) => flaw.apply(row, context));
  if (first >= 0) {
    unseen.splice(first, 1);
    return true;
  }
  for (let tries = 0; tries < 4; tries++) if (pickFlaw(context.random).apply(row, context)) return true;
  return false;
}
