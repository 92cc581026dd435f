// A check's row results, kept column by column. On 100,000 rows, an object per row with its own
// list of findings was 100,000 results, 33,000 lists and 37,000 findings living until the check
// ended, all copied by the garbage collector once or twice: a tenth of the check. Here the values
// sit in typed arrays and plain lists, a row's findings are references into one list (rows with
// the same cells share what a rule said once, memo.ts), and each row is a small view onto them.
import { atRow } from './rules/memo';
import type { RowFacts } from './rules/types';
import type { Decision, Finding, RowResult, Verdict } from './types';
import { verdictOf } from './verdict';

const DECISIONS: readonly Decision[] = ['pending', 'approved', 'rejected'];
const VERDICTS: readonly Verdict[] = ['eligible', 'attention', 'ineligible'];

/** Every checked row of one check, by its place in the check (0 for the first data row). */
export class RowResults {
  // Read by each row's view (CheckedRow) and written only by keep().
  readonly rows: Int32Array;
  // NaN for an empty amount: a real one is never NaN (the reader reads only finite numbers).
  readonly requested: Float64Array;
  readonly approved: Float64Array;
  readonly decisions: Uint8Array;
  readonly verdicts: Uint8Array;
  readonly units: (string | null)[];
  readonly projects: (string | null)[];
  readonly categories: (string | null)[];
  readonly unitTypes: (string | null)[];
  /** Row i's findings are said[start[i]] up to said[start[i + 1]], some said for an earlier row. */
  private readonly start: Int32Array;
  private readonly said: Finding[] = [];

  constructor(readonly length: number) {
    this.rows = new Int32Array(length);
    this.requested = new Float64Array(length);
    this.approved = new Float64Array(length);
    this.decisions = new Uint8Array(length);
    this.verdicts = new Uint8Array(length);
    this.units = new Array<string | null>(length).fill(null);
    this.projects = new Array<string | null>(length).fill(null);
    this.categories = new Array<string | null>(length).fill(null);
    this.unitTypes = new Array<string | null>(length).fill(null);
    this.start = new Int32Array(length + 1);
  }

  /**
   * Keeps row i, checked at sheet row `row`: its facts (refilled for the next row as soon as this
   * returns) and its findings, a list the caller reuses. Rows are kept in order, each once.
   */
  keep(i: number, row: number, facts: Readonly<RowFacts>, findings: readonly Finding[]): RowResult {
    this.rows[i] = row;
    this.units[i] = facts.unit;
    this.projects[i] = facts.project;
    this.categories[i] = facts.leaf?.code ?? null;
    this.unitTypes[i] = facts.unitType;
    this.requested[i] = facts.requested ?? NaN;
    this.approved[i] = facts.approved ?? NaN;
    this.decisions[i] = DECISIONS.indexOf(facts.decision);
    this.verdicts[i] = VERDICTS.indexOf(verdictOf(findings));
    for (let k = 0; k < findings.length; k++) this.said.push(findings[k]);
    this.start[i + 1] = this.said.length;
    return new CheckedRow(this, i);
  }

  /** Row i's findings, each at the row: a new list on every call. */
  findings(i: number): Finding[] {
    const from = this.start[i];
    const row = this.rows[i];
    const out = new Array<Finding>(this.start[i + 1] - from);
    for (let k = 0; k < out.length; k++) out[k] = atRow(this.said[from + k], row);
    return out;
  }
}

function amount(kept: number): number | null {
  return Number.isNaN(kept) ? null : kept;
}

/**
 * One row of RowResults, read as a RowResult. Read-only, and `findings` is a new list each time it
 * is read: read it once per row in a loop. A spread copy has none of the row's values (they are
 * getters), only the two fields below; `toJSON` gives a plain copy, and so does Node's console.
 */
class CheckedRow implements RowResult {
  constructor(
    private readonly results: RowResults,
    private readonly index: number,
  ) {}

  get row(): number {
    return this.results.rows[this.index];
  }
  get unit(): string | null {
    return this.results.units[this.index];
  }
  get project(): string | null {
    return this.results.projects[this.index];
  }
  get category(): string | null {
    return this.results.categories[this.index];
  }
  get unitType(): string | null {
    return this.results.unitTypes[this.index];
  }
  get requested(): number | null {
    return amount(this.results.requested[this.index]);
  }
  get approved(): number | null {
    return amount(this.results.approved[this.index]);
  }
  get decision(): Decision {
    return DECISIONS[this.results.decisions[this.index]];
  }
  get verdict(): Verdict {
    return VERDICTS[this.results.verdicts[this.index]];
  }
  get findings(): Finding[] {
    return this.results.findings(this.index);
  }

  /** The row as a plain RowResult, keys in the interface's order. */
  toJSON(): RowResult {
    return plainRow(this);
  }

  /** What Node's console and util.inspect show: the row, not the store behind it. */
  [Symbol.for('nodejs.util.inspect.custom')](): RowResult {
    return plainRow(this);
  }
}

/** A plain copy of any row result, keys in the interface's order. */
export function plainRow(r: RowResult): RowResult {
  return {
    row: r.row,
    unit: r.unit,
    project: r.project,
    category: r.category,
    unitType: r.unitType,
    requested: r.requested,
    approved: r.approved,
    decision: r.decision,
    verdict: r.verdict,
    findings: r.findings,
  };
}
