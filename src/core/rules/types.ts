// What a rule sees and returns. Facts are derived once per row (facts.ts) so each rule stays a few
// lines; the context holds everything derived once per check (lookups, lists, compiled patterns).
import type { CategoryNode, FigureRule, RulePack } from '../pack/schema';
import type { Application, BlacklistEntry, Decision, Finding, Settings } from '../types';

export interface RuleContext {
  pack: RulePack;
  settings: Settings;
  /** Category nodes by code. */
  byCode: Map<string, CategoryNode>;
  /** Codes of nodes that have children. */
  parents: Set<string>;
  /** Per group code: the leaves below it, filled in as rows name groups (category-not-leaf). */
  leavesUnder: Map<string, CategoryNode[]>;
  /** Per code: the node itself then its ancestors up to the top level. */
  lineage: Map<string, CategoryNode[]>;
  /** Per code: what naming it places (context.ts), worked out once per check rather than per row. */
  placements: Map<string, Placement>;
  /** Per leaf code: the figures its applications must report (its own and its ancestors'). */
  figuresByLeaf: Map<string, FigureRule[]>;
  /** Blacklist entries by the unit's match key (pack list and 失信名单 together). */
  blacklist: Map<string, BlacklistEntry[]>;
  /** Applicant type guessers: compiled name patterns, in pack order. */
  typeGuessers: { type: string; patterns: RegExp[] }[];
  /** 申报单位 texts already split into units (and their keys) during this check; shared, frozen. */
  unitsByText: Map<string, { units: string[]; unitKeys: string[] }>;
  /** Applicant types already guessed from unit names during this check (null: none). */
  typeByName: Map<string, string | null>;
  /** Match keys of the focus industries. */
  focusIndustries: Set<string>;
  /** Every field key a row may hold (columns and figures, not ignored columns), so rules need not walk a row's object. */
  fieldKeys: string[];
  /** The pack's required columns, in pack order, so no rule filters the column list per row. */
  requiredColumns: RulePack['columns'];
  /** The submission deadline in force (设置 sheet first, then the pack), or null: rule off. */
  submissionDeadline: string | null;
}

/** What a 申报类别 code places: the node, and when it is a leaf, the limits it has or inherits. */
export interface Placement {
  node: CategoryNode | null;
  leaf: CategoryNode | null;
  per: { min: number; max: number } | null;
  who: string[] | null;
  /** The category's own completion deadline or its ancestors'; null: the pack's. */
  completionDeadline: string | null;
}

/** A cell of the row seen by a rule: the column may be missing, the cell blank or unreadable. */
export type Cell<T> =
  | { state: 'no-column' }
  | { state: 'unreadable'; column: number; header: string; text: string }
  | { state: 'blank'; column: number; header: string; text: string }
  | { state: 'value'; column: number; header: string; text: string; value: T };

export interface RowFacts {
  /** The unit as typed, or null. */
  unit: string | null;
  project: string | null;
  /** The units of a joint application (one entry for a single unit), as typed. */
  units: string[];
  /** Match keys of `units`. */
  unitKeys: string[];
  joint: boolean;
  /** The lead unit as typed, or null. */
  lead: string | null;
  /** The applicant that must carry out the project: the lead of a joint application, else the unit. */
  applicant: string | null;
  /** Canonical applicant type given in 单位类型, or null. */
  typeGiven: string | null;
  /** What the unit's name says its type is, or null. */
  typeFromName: string | null;
  /** The type the checks use: given, else guessed from the name. */
  unitType: string | null;
  typeGuessed: boolean;
  /** The node 申报类别 names (any level), or null. */
  node: CategoryNode | null;
  /** The node when it is a leaf: where the application is placed. */
  leaf: CategoryNode | null;
  /** Per-project range of the leaf (its own or inherited), 万元. */
  per: { min: number; max: number } | null;
  /** Applicant types allowed for the leaf (its own or inherited). */
  who: string[] | null;
  /** The completion deadline in force for this row's category. */
  completionDeadline: string;
  requested: number | null;
  approved: number | null;
  decision: Decision;
}

export interface RowRule {
  id: string;
  /**
   * Every column whose cells the rule reads, itself or through facts (`inputsOf`): with the check's
   * context they decide its findings, so rows alike in these cells are told alike (memo.ts). Absent:
   * the rule runs for every row. A column left out would give a row another row's findings.
   */
  inputs?: readonly string[];
  check(app: Application, facts: RowFacts, ctx: RuleContext): readonly Finding[];
}

/**
 * A rule over the whole sheet (duplicate). It runs before any row is checked, from the rows'
 * fields alone, so that each row's facts are needed only while that row is checked.
 */
export interface SheetRule {
  id: string;
  /** Findings by the row's place in `apps` (an array, not a map by sheet row: it is read once per row). */
  check(apps: Application[], ctx: RuleContext): (Finding[] | undefined)[];
}

/** A rule on a decision: it sees the row's own findings so far (approved-ineligible). */
export interface DecisionRule {
  id: string;
  /** As RowRule's; a rule that reads `own` names none. */
  inputs?: readonly string[];
  check(app: Application, facts: RowFacts, ctx: RuleContext, own: readonly Finding[]): readonly Finding[];
}
