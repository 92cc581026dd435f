// Rules remembered by the cells they read. Most rows of a round repeat the values of rows before
// them (the same type, category, 是, amount), and a rule says the same of the same cells whatever
// the row. A rule that names the columns it reads (`inputs`) is run once per different set of
// cells, a slot; the other rows of the slot are handed the same findings, read at their own row (`atRow`).
import { OWN_CODE, type CellCodes } from '../read/applications';
import type { Application, Finding } from '../types';
import { newFinding } from './message';
import { handBack, lendFloat64, lendInt32 } from './working-arrays';

/** Each row's slot, −1 for a row with a cell of its own (free text, an unreadable cell): run as it is. */
export type Slots = Int32Array;

interface Parted {
  of: Slots;
  /** How many slots there are. */
  count: number;
}

/**
 * The slots of one check's rows. Rules whose inputs start alike share the slots worked out for the
 * start (the applicant's columns), so each column parts the rows once per different start.
 */
export class SlotPlanner {
  private readonly byInputs = new Map<string, Parted>();
  private readonly index: Int32Array | null;
  /** Before any column: every row in one slot. */
  private readonly whole: Parted;
  private table: PairTable | null = null;
  private dense: Int32Array | null = null;
  private handedBack = false;

  constructor(
    apps: readonly Application[],
    private readonly codes: CellCodes,
  ) {
    this.index = rowIndexes(apps, codes);
    this.whole = { of: lendInt32(apps.length), count: 1 };
  }

  /**
   * Hands every array of this planner back (working-arrays.ts): call when no slots it gave will be
   * read again. The planner is not to be used after.
   */
  handBack(): void {
    if (this.handedBack) return;
    this.handedBack = true;
    handBack([this.whole.of, this.index, this.dense, ...(this.table?.arrays() ?? []), ...[...this.byInputs.values()].map((p) => p.of)]);
  }

  /** The rows' slots by the cells of `inputs`. */
  slots(inputs: readonly string[]): Slots {
    let parted = this.whole;
    let start = '';
    for (const key of inputs) {
      start += `${key}\n`;
      const known = this.byInputs.get(start);
      if (known !== undefined) {
        parted = known;
        continue;
      }
      const column = this.codes.column(key);
      // A column the sheet lacks is absent from every row alike: it parts no rows.
      if (column !== null) parted = this.refine(parted, column.codes, column.size);
      this.byInputs.set(start, parted);
    }
    return parted.of;
  }

  /** The slots parted further by one more column's codes. */
  private refine(parted: Parted, codes: Uint16Array, size: number): Parted {
    const n = parted.of.length;
    const index = this.index;
    // The first column: a slot is the cell's code, already a small number.
    if (parted.count === 1) {
      const of = lendInt32(n);
      for (let i = 0; i < n; i++) {
        const code = codes[index === null ? i : index[i]];
        of[i] = parted.of[i] < 0 || code === OWN_CODE ? -1 : code;
      }
      return { of, count: size };
    }
    const pairs = parted.count * size;
    if (pairs <= DENSE_PAIRS) return this.refineDense(parted, codes, size);
    const of = lendInt32(n);
    const table = (this.table ??= new PairTable(n)).clear();
    let count = 0;
    for (let i = 0; i < n; i++) {
      const slot = parted.of[i];
      const code = codes[index === null ? i : index[i]];
      if (slot < 0 || code === OWN_CODE) {
        of[i] = -1;
        continue;
      }
      const found = table.slotOf(slot * size + code, count);
      if (found === count) count++;
      of[i] = found;
    }
    return { of, count };
  }

  /**
   * `refine` when every pair fits one array: a pair's slot is one lookup there, no probing. The
   * array is kept for the next column, and only the entries this column set are cleared.
   */
  private refineDense(parted: Parted, codes: Uint16Array, size: number): Parted {
    const n = parted.of.length;
    const of = lendInt32(n);
    const index = this.index;
    // Per pair its slot + 1; 0 is a pair not seen yet.
    const dense = (this.dense ??= lendInt32(DENSE_PAIRS));
    const seen: number[] = [];
    for (let i = 0; i < n; i++) {
      const slot = parted.of[i];
      const code = codes[index === null ? i : index[i]];
      if (slot < 0 || code === OWN_CODE) {
        of[i] = -1;
        continue;
      }
      const pair = slot * size + code;
      let found = dense[pair] - 1;
      if (found < 0) {
        found = seen.length;
        seen.push(pair);
        dense[pair] = found + 1;
      }
      of[i] = found;
    }
    for (let k = 0; k < seen.length; k++) dense[seen[k]] = 0;
    return { of, count: seen.length };
  }
}

// Up to this many pairs (4 MB of slots), a column is folded in through an array indexed by pair.
const DENSE_PAIRS = 1 << 20;

/**
 * Pairs (slot × codes + code) numbered in order of first sight: open addressing over typed arrays at
 * most half full. A Map of 100,000 number keys per column cost more than running the rules it
 * spared. A pair can pass 2³¹ (a million rows × 4,001 codes), so keys are doubles: exact up to 2⁵³.
 */
class PairTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(rows: number) {
    let size = 16;
    let bits = 4;
    while (size < rows * 2) {
      size *= 2;
      bits++;
    }
    this.shift = 32 - bits;
    this.keys = lendFloat64(size);
    this.values = lendInt32(size);
    this.mask = size - 1;
  }

  arrays(): (Float64Array | Int32Array)[] {
    return [this.keys, this.values];
  }

  clear(): this {
    this.keys.fill(-1);
    return this;
  }

  /** The number of `pair`, or `next` when it is new (and from now on its number). */
  slotOf(pair: number, next: number): number {
    const { keys, values, mask } = this;
    // Fibonacci hashing of the low 32 bits (and the high ones, past 2³²): the top bits of the
    // product, which every bit of the pair moves.
    let at = Math.imul((pair | 0) ^ ((pair / 0x100000000) | 0), 0x9e3779b1) >>> this.shift;
    while (keys[at] !== -1) {
      if (keys[at] === pair) return values[at];
      at = (at + 1) & mask;
    }
    keys[at] = pair;
    values[at] = next;
    return next;
  }
}

/** Null when row i sits at place i of the columns, as when the check reads a sheet. */
function rowIndexes(apps: readonly Application[], codes: CellCodes): Int32Array | null {
  const index = lendInt32(apps.length);
  let identity = true;
  for (let i = 0; i < apps.length; i++) {
    index[i] = codes.rowIndex(apps[i]);
    if (index[i] !== i) identity = false;
  }
  if (!identity) return index;
  handBack([index]);
  return null;
}

/**
 * A finding as said for sheet row `row`: itself when it was said for that row, else a copy at
 * `row` in the shape `finding` builds. Rows of one slot share what the rule said for the first of
 * them (runRules hands the shared findings on), and a row's findings are made at its row only
 * when read (row-results.ts).
 */
export function atRow(said: Finding, row: number): Finding {
  return said.row === row ? said : newFinding(said.rule, said.severity, said.clause, said.message, row, said.column, said.header);
}
