// The rule pack: one year's guide as data. A new guide is a new pack, not new code.
// Every pack, built in or chosen by a user, passes through `parsePack`, which refuses a broken
// one with the path of the first problem (e.g. `categories[3].per.min: expected a number`).
import { z } from 'zod';

const message = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const range = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.min <= r.max, { message: 'min must not be above max' });

const severity = z.enum(['error', 'warning', 'info']);

const columnType = z.enum([
  'text',
  'applicantType',
  'category',
  'amount',
  'date',
  'yesno',
  'count',
  'number',
  'decision',
  'ignored',
]);

/** A column of the submissions sheet: its header, the other spellings people use, its type. */
const column = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a key is letters and digits'),
  header: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: columnType,
  /** `required-field` applies to it. */
  required: z.boolean().default(false),
  en: z.string().min(1),
});

const applicantType = z.object({
  /** Canonical value, e.g. 省级学会. */
  id: z.string().min(1),
  en: z.string().min(1),
  /** Accepted spellings of the 单位类型 cell (matched after normalising). */
  spellings: z.array(z.string().min(1)).min(1),
  /** Regular expressions on the normalised unit name that say the type (for `unit-type-guess`). */
  namePatterns: z.array(z.string().min(1)).default([]),
  /**
   * Its projects reach the province through a local review: the same-level association's review
   * and the finance department's summary must both be 是 (`city-review`).
   */
  localReview: z.boolean().default(false),
});

/** A node of the category tree. The tree is flat here: `parent` links a node to its parent. */
const category = z.object({
  code: z.string().regex(/^\d+(\.\d+)*$/, 'a code is like 3 or 3.1.1'),
  name: z.string().min(1),
  en: z.string().min(1),
  /** Other names people write for it (matched after normalising). */
  aliases: z.array(z.string().min(1)).default([]),
  parent: z.string().nullable(),
  /** Projects to fund; null when the node shares its parent's count (2.1.1, 2.1.2). */
  count: range.nullable(),
  /** Per-project amount range, 万元; null when the guide sets none at this node. */
  per: range.nullable(),
  /** Budget cap, 万元; null when the node has no budget of its own. */
  budget: z.number().nonnegative().nullable(),
  /** Applicant type ids that may apply; null means as the parent. */
  who: z.array(z.string()).nullable(),
  /** Its own completion deadline, when the guide gives one ("除特别注明完成时限的项目外"). */
  completionDeadline: isoDate.optional(),
  /** The guide's clause for this node, e.g. 四.(三).1. */
  clause: z.string().min(1),
  /** Why the pack reads the guide this way, where the guide is unclear. */
  note: z.string().optional(),
});

/** A figure a category must report (`indicator`), e.g. 2.1.2 needs 院士专家人数 ≥ 5. */
const figure = z
  .object({
    /** The column's field key. */
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    header: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    en: z.string().min(1),
    category: z.string(),
    min: z.number().optional(),
    max: z.number().optional(),
    severity,
    clause: z.string().min(1),
    /** The guide's words, quoted in the message. */
    quote: z.string().min(1),
  })
  .refine((f) => f.min !== undefined || f.max !== undefined, { message: 'a figure needs min or max' });

const rule = z.object({
  severity,
  clause: z.string(),
  enabled: z.boolean().default(true),
  /** Templates: `{name}` is replaced by the rule's values (see each rule for its names). */
  message: message,
  title: message,
});

const decisionWords = z.object({
  approved: z.array(z.string().min(1)).min(1),
  rejected: z.array(z.string().min(1)).min(1),
  pending: z.array(z.string()).default([]),
});

export const rulePackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: message,
    /** The round's year: completion deadlines and bans are counted against it. */
    year: z.number().int().min(2000).max(2100),
    source: z.string(),
    /** Notes on how the pack reads the guide where the guide contradicts itself. */
    notes: z.array(z.string()).default([]),
    /** Names of the submissions sheet, in order of preference. */
    sheetNames: z.array(z.string().min(1)).min(1),
    /** The header row must hold at least this many known headers. */
    minKnownHeaders: z.number().int().min(1).default(3),
    columns: z.array(column).min(1),
    applicantTypes: z.array(applicantType).min(1),
    total: z.object({ name: z.string(), en: z.string(), budget: z.number().nonnegative(), clause: z.string() }),
    categories: z.array(category).min(1),
    figures: z.array(figure).default([]),
    deadlines: z.object({
      completion: isoDate,
      /** Null: the guide says only "规定时间内"; the 设置 sheet may set one. */
      submission: isoDate.nullable(),
    }),
    paperCopiesMin: z.number().int().min(0),
    /** Years a falsification ban lasts, counting the start year (连续3年 → 3). */
    banYears: z.number().int().min(1),
    blacklist: z.array(z.object({ unit: z.string().min(1), startYear: z.number().int() })).default([]),
    focusIndustries: z.object({ category: z.string(), industries: z.array(z.string().min(1)).min(1) }).optional(),
    decisions: decisionWords,
    rules: z.record(z.string(), rule),
    /** Words of the verdicts and the output columns, so a pack can be written in another wording. */
    labels: z.object({
      verdict: z.object({ eligible: message, attention: message, ineligible: message }),
      severity: z.object({ error: message, warning: message, info: message }),
      resultHeaders: z.tuple([message, message]),
      summarySheet: message,
      issuesSheet: message,
    }),
  })
  .superRefine((pack, ctx) => {
    // Cross-references a plain shape cannot express: parents, applicant types and figure categories
    // must name things that exist, and codes must be unique.
    const codes = new Set<string>();
    pack.categories.forEach((c, i) => {
      if (codes.has(c.code)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'code'], message: `duplicate code ${c.code}` });
      codes.add(c.code);
    });
    const types = new Set(pack.applicantTypes.map((t) => t.id));
    pack.categories.forEach((c, i) => {
      if (c.parent !== null && !codes.has(c.parent))
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'parent'], message: `no category ${c.parent}` });
      if (c.parent === null && c.who === null)
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'who'], message: 'a top-level category must say who may apply' });
      (c.who ?? []).forEach((w, j) => {
        if (!types.has(w)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'who', j], message: `no applicant type ${w}` });
      });
    });
    pack.figures.forEach((f, i) => {
      if (!codes.has(f.category))
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'category'], message: `no category ${f.category}` });
    });
    if (pack.focusIndustries && !codes.has(pack.focusIndustries.category))
      ctx.addIssue({ code: 'custom', path: ['focusIndustries', 'category'], message: `no category ${pack.focusIndustries.category}` });
    // A figure may appear for several categories under one key; a column key must be unique.
    const columnKeys = new Set<string>();
    pack.columns.forEach((c, i) => {
      if (columnKeys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `duplicate key ${c.key}` });
      columnKeys.add(c.key);
    });
    pack.figures.forEach((f, i) => {
      if (columnKeys.has(f.key))
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'key'], message: `key ${f.key} is already a column` });
    });
  });

/** A pack as written (defaults may be left out). */
export type RulePackInput = z.input<typeof rulePackSchema>;
/** A pack after validation (defaults filled in). */
export type RulePack = z.output<typeof rulePackSchema>;
export type CategoryNode = RulePack['categories'][number];
export type FigureRule = RulePack['figures'][number];
export type RuleConfig = RulePack['rules'][string];

export class PackError extends Error {
  constructor(
    message: string,
    /** Each problem as `path: message`. */
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'PackError';
  }
}

/** Validate a pack (parsed JSON or a built-in object). Throws PackError naming where it breaks. */
export function parsePack(input: unknown, origin = 'rule pack'): RulePack {
  const result = rulePackSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    );
    return `${path || '(pack)'}: ${issue.message}`;
  });
  throw new PackError(`${origin} is not a valid rule pack: ${problems[0]}`, problems);
}
