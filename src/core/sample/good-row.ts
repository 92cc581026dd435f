// One application as a careful applicant fills it in: the right kind of unit for the category,
// an amount in range, a 2022 completion date, every formality done.
import type { CategoryNode, RulePack } from '../pack/schema';
import type { PackIndex } from '../pack/tree';
import type { CellValue } from '../types';
import type { Random } from './prng';
import { OTHER_INDUSTRIES, THEMES, TOPICS, UNITS_BY_TYPE } from './units';

/** A sample row by field key (the pack's column and figure keys). */
export type SampleRow = Record<string, CellValue>;

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

// Looked up once per leaf: a 100,000-row sample asks for them on every row.
const whoCache = new WeakMap<CategoryNode, string[]>();
const perCache = new WeakMap<CategoryNode, { min: number; max: number }>();

/** Who may apply for a leaf: its own list, else the nearest ancestor's. */
export function allowedTypes(index: PackIndex, leaf: CategoryNode): string[] {
  let who = whoCache.get(leaf);
  if (!who) {
    who = leaf.who ?? index.ancestors(leaf.code).find((node) => node.who)?.who ?? [];
    whoCache.set(leaf, who);
  }
  return who;
}

/** The per-project range of a leaf, or of its nearest ancestor that sets one. */
export function perRange(index: PackIndex, leaf: CategoryNode): { min: number; max: number } {
  let per = perCache.get(leaf);
  if (!per) {
    per = leaf.per ?? index.ancestors(leaf.code).find((node) => node.per)?.per ?? { min: 5, max: 10 };
    perCache.set(leaf, per);
  }
  return per;
}

function categoryCell(leaf: CategoryNode, random: Random): string {
  const form = random.int(0, 9);
  if (form < 6) return `${leaf.code} ${leaf.name}`;
  if (form < 9) return leaf.name;
  return leaf.code;
}

/** An amount in range, in whole or half 万元, as people round. */
function amountIn(range: { min: number; max: number }, random: Random): number {
  const steps = Math.round((range.max - range.min) * 2);
  return range.min + random.int(0, steps) / 2;
}

/** Figures a little above their bound (or below an age limit). */
function figureValue(figure: RulePack['figures'][number], random: Random): number {
  if (figure.min !== undefined) return Math.ceil(figure.min * (1 + random.int(0, 60) / 100));
  return Math.max(26, (figure.max ?? 40) - random.int(0, 12));
}

const shortNames = new Map<string, string>();
/** 湖南省医学会 → 医学会, 长沙市科协 → 长沙市: how a project title names its unit. */
function shortName(unit: string): string {
  let short = shortNames.get(unit);
  if (short === undefined) {
    short = unit.replace(/^湖南省/, '').replace(/科协$/, '');
    shortNames.set(unit, short);
  }
  return short;
}

const figureCache = new WeakMap<CategoryNode, RulePack['figures']>();
function figuresOf(pack: RulePack, leaf: CategoryNode): RulePack['figures'] {
  let figures = figureCache.get(leaf);
  if (!figures) {
    figures = pack.figures.filter((figure) => figure.category === leaf.code);
    figureCache.set(leaf, figures);
  }
  return figures;
}

export function goodRow(pack: RulePack, index: PackIndex, leaf: CategoryNode, random: Random): SampleRow {
  const type = random.pick(allowedTypes(index, leaf));
  const unit = random.pick(UNITS_BY_TYPE[type] ?? ['湖南省机械工程学会']);
  const short = shortName(unit);
  const topic = random.pick(TOPICS[leaf.code] ?? [leaf.name]);
  const city = type === '市州科协';
  // Empty cells are left out: a row holds only what the applicant typed.
  const row: SampleRow = {
    unit,
    unitType: type,
    category: categoryCell(leaf, random),
    project: `2022年${short}${topic}（${random.pick(THEMES)}）`,
    requested: amountIn(perRange(index, leaf), random),
    completion: utcDate(2022, random.int(9, 12), random.int(1, 28)),
    joint: '否',
    subcontracted: '否',
    paperCopies: random.chance(0.8) ? 3 : 5,
    proofMaterials: '是',
    electronicCopy: '是',
    submitted: utcDate(2022, random.int(5, 6), random.int(1, 28)),
    score: random.int(62, 96),
  };
  if (random.chance(0.3)) row.executor = unit;
  if (city) {
    row.cityReview = '是';
    row.financeSummary = '是';
  }
  if (pack.focusIndustries?.category === leaf.code) {
    row.industry = random.chance(0.85) ? random.pick(pack.focusIndustries.industries) : random.pick(OTHER_INDUSTRIES);
  }
  for (const figure of figuresOf(pack, leaf)) row[figure.key] = figureValue(figure, random);
  return row;
}
