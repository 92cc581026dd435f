// What a rule sees and returns. Facts are derived once per row (facts.ts) so each rule stays a few
// lines; the context holds what is derived once per check from the pack (lookups, lists, patterns).
import type { CategoryNode, FigureRule, RulePack } from '../pack/schema';
import type { Application, BlacklistEntry, Decision, Finding, Settings } from '../types';

export interface RuleContext {
  pack: RulePack;
  settings: Settings;
  /** Category nodes by code. */
  byCode: Map<string, CategoryNode>;
  /** Codes of nodes that have children. */
  parents: Set<string>;
  /** Per group code: the leaves below it (category-not-leaf). */
  leavesUnder: Map<string, CategoryNode[]>;
  /** Per code: the node itself then its ancestors up to the top level. */
  lineage: Map<string, CategoryNode[]>;
  /** Per code: what naming it places (context.ts). */
  placements: Map<string, Placement>;
  /** Per leaf code: the figures its applications must report (its own and its ancestors'). */
  figuresByLeaf: Map<string, FigureRule[]>;
  /** Blacklist entries by the unit's match key (pack list and 失信名单 together). */
  blacklist: Map<string, BlacklistEntry[]>;
  /** Applicant type guessers: compiled name patterns, in pack order. */
  typeGuessers: { type: string; patterns: RegExp[] }[];
  /** Match keys of the focus industries. */
  focusIndustries: Set<string>;
  /** Every field key a rule judges (columns and figures, not ignored columns), in pack order. */
  fieldKeys: string[];
  /** The pack's required columns, in pack order. */
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
  check(app: Application, facts: RowFacts, ctx: RuleContext): Finding[];
}

/** A rule over the whole sheet (duplicate): it sees every row at once. */
export interface SheetRule {
  id: string;
  /** Findings by the row's place in `apps`. */
  check(apps: Application[], ctx: RuleContext): Finding[][];
}

/** A rule on a decision: it sees the row's own findings so far (approved-ineligible). */
export interface DecisionRule {
  id: string;
  check(app: Application, facts: RowFacts, ctx: RuleContext, own: readonly Finding[]): Finding[];
}
