// A made-up but realistic application round, for trying Shenbao out and for benchmarks. Pure and
// deterministic: the same pack, rows and seed give the same workbook, with no clock or randomness
// from outside. 100,000 rows take well under a second.
import { packIndex } from '../pack/tree';
import type { RulePack } from '../pack/schema';
import type { CellValue, Merge, SheetGrid, WorkbookInput } from '../types';
import { decide, type Candidate } from './decisions';
import { FLAWS, spoil } from './flaws';
import { goodRow, utcDate, type SampleRow } from './good-row';
import { seededRandom } from './prng';
import { retype } from './typing';
import { BLACKLIST } from './units';

export interface SampleOptions {
  /** Application rows (blank rows in between are not counted). */
  rows: number;
  seed: number;
}

export const SAMPLE_DEFAULTS: SampleOptions = { rows: 120, seed: 2022 };
export const SAMPLE_TITLE = '2022年度学会服务能力提升计划项目申报汇总表';
/** The submission deadline the sample's 设置 sheet sets. */
export const SAMPLE_DEADLINE = utcDate(2022, 6, 30);

const FLAWED_SHARE = 0.3;
const DUPLICATE_SHARE = 0.02;
const MERGED_UNIT_SHARE = 0.015;
const BLANK_ROW_SHARE = 0.01;
/**
 * Beyond this many rows, names alone would repeat by chance (units × topics × themes run out) and
 * most rows would be flagged as duplicates; large rounds number their projects instead.
 */
const NATURAL_NAMES_UP_TO = 1000;

interface Column {
  key: string;
  header: string;
}

/** The pack's columns, with its figure columns (one per key) before 评审得分. */
export function sampleColumns(pack: RulePack): Column[] {
  const figures = new Map<string, Column>();
  for (const figure of pack.figures) if (!figures.has(figure.key)) figures.set(figure.key, { key: figure.key, header: figure.header });
  const columns: Column[] = [];
  for (const column of pack.columns) {
    if (column.key === 'score') columns.push(...figures.values());
    columns.push({ key: column.key, header: column.header });
  }
  if (!pack.columns.some((c) => c.key === 'score')) columns.push(...figures.values());
  return columns;
}

function makeRows(pack: RulePack, options: SampleOptions): { rows: (SampleRow | null)[]; candidates: Candidate[]; mergedWithNext: Set<number> } {
  const index = packIndex(pack);
  const random = seededRandom(options.seed);
  const rows: (SampleRow | null)[] = [];
  const candidates: Candidate[] = [];
  const mergedWithNext = new Set<number>();
  let previous: Candidate | null = null;
  const unseenFlaws = [...FLAWS];
  // Besides the random ones, one merged unit cell and one blank row at fixed places, so that even a
  // small sample has them.
  const forcedMerge = Math.floor(options.rows * 0.3);
  const forcedBlank = Math.floor(options.rows * 0.6);
  for (let n = 0; n < options.rows; n++) {
    // The first rows cover every category once, so even a small sample shows the whole tree.
    const leaf = n < index.leaves.length ? index.leaves[n] : random.pick(index.leaves);
    const row = goodRow(pack, index, leaf, random);
    if (options.rows > NATURAL_NAMES_UP_TO) row.project = `${row.project}（编号${n + 1}）`;
    let clean = true;
    if (n >= index.leaves.length && random.chance(FLAWED_SHARE)) {
      const context = { pack, index, leaf, random };
      clean = !spoil(row, context, unseenFlaws);
    }
    const mergeHere = random.chance(MERGED_UNIT_SHARE) || n === forcedMerge;
    if (previous && n > 0 && n !== forcedMerge && random.chance(DUPLICATE_SHARE)) {
      // The same project entered twice (a resubmission typed in again).
      row.unit = previous.row.unit;
      row.unitType = previous.row.unitType;
      row.project = previous.row.project;
      if (row.executor) row.executor = row.unit; // it names the applicant itself, as before
      clean = false;
    } else if (previous && previous.clean && (clean || n === forcedMerge) && mergeHere && !mergedWithNext.has(rows.length - 2)) {
      // One unit, two projects: the unit cell merged over both rows.
      row.unit = previous.row.unit;
      row.unitType = previous.row.unitType;
      if (row.executor) row.executor = row.unit;
      mergedWithNext.add(rows.length - 1);
    }
    retype(row, random);
    const blankHere = random.chance(BLANK_ROW_SHARE) || n === forcedBlank;
    if (n > 0 && blankHere && !mergedWithNext.has(rows.length - 1)) rows.push(null);
    rows.push(row);
    const candidate = { row, leaf, clean };
    candidates.push(candidate);
    previous = candidate;
  }
  decide(index, candidates);
  return { rows, candidates, mergedWithNext };
}

function submissionsSheet(pack: RulePack, options: SampleOptions): SheetGrid {
  const columns = sampleColumns(pack);
  const unitColumn = columns.findIndex((c) => c.key === 'unit') + 1;
  const { rows, mergedWithNext } = makeRows(pack, options);
  const grid: CellValue[][] = [[SAMPLE_TITLE], columns.map((c) => c.header)];
  const merges: Merge[] = [{ top: 1, left: 1, bottom: 1, right: columns.length }];
  const firstDataRow = 3;
  let serial = 0;
  rows.forEach((row, i) => {
    const sheetRow = firstDataRow + i;
    if (row === null) {
      grid.push([]);
      return;
    }
    serial++;
    grid.push(columns.map((c) => (c.key === 'seq' ? serial : (row[c.key] ?? null))));
    if (mergedWithNext.has(i)) {
      merges.push({ top: sheetRow, left: unitColumn, bottom: sheetRow + 1, right: unitColumn });
    }
  });
  // The value of a merge lives in its top-left cell only.
  for (const merge of merges.slice(1)) grid[merge.bottom - 1][unitColumn - 1] = null;
  return { name: pack.sheetNames[0], rows: grid, firstRow: 1, firstCol: 1, merges };
}

export function generateSample(pack: RulePack, options: SampleOptions = SAMPLE_DEFAULTS): WorkbookInput {
  const settings: SheetGrid = {
    name: '设置',
    rows: [
      ['设置项', '值'],
      ['申报截止日期', SAMPLE_DEADLINE],
    ],
  };
  const blacklist: SheetGrid = {
    name: '失信名单',
    rows: [['单位名称', '起始年度'], ...BLACKLIST.map((entry) => [entry.unit, entry.startYear])],
  };
  return { source: `sample-seed-${options.seed}`, sheets: [submissionsSheet(pack, options), settings, blacklist] };
}
