// The JSON report of workbook.md as a zod schema: the fields workbook.md promises, plus a few
// more (English messages, the cell, the pack, counts) that a reader may use.
import { z } from 'zod';

const severity = z.enum(['error', 'warning', 'info']);

const reportFinding = z.object({
  rule: z.string(),
  severity,
  /** Chinese, as workbook.md shows it. */
  message: z.string(),
  messageEn: z.string(),
  clause: z.string(),
  column: z.number().int().positive().optional(),
  header: z.string().optional(),
});

const reportRow = z.object({
  row: z.number().int().positive(),
  unit: z.string().nullable(),
  project: z.string().nullable(),
  category: z.string().nullable(),
  verdict: z.enum(['eligible', 'attention', 'ineligible']),
  decision: z.enum(['approved', 'rejected', 'pending']),
  findings: z.array(reportFinding),
});

const reportNode = z.object({
  code: z.string(),
  name: z.string(),
  count: z.object({ min: z.number(), max: z.number() }).nullable(),
  budget: z.number().nullable(),
  applications: z.number().int().nonnegative(),
  eligible: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  approvedCount: z.number().int().nonnegative(),
  approvedAmount: z.number(),
  remainingCount: z.number().nullable(),
  remainingBudget: z.number().nullable(),
  status: z.enum(['over', 'full', 'open', 'under']),
  findings: z.array(reportFinding.extend({ rows: z.array(z.number().int().positive()) })),
});

const message = z.object({ zh: z.string(), en: z.string() });

/** 建议立项 (shenbao propose): per row what the plan proposes, per node what it uses. */
const reportProposal = z.object({
  outcome: z.enum(['optimal', 'relaxed', 'conflict']),
  replan: z.boolean(),
  cutRatio: z.number().positive().max(1),
  score: z.number(),
  amount: z.number(),
  messages: z.array(message),
  rows: z.array(
    z.object({
      row: z.number().int().positive(),
      category: z.string().nullable(),
      status: z.enum(['fixed-approved', 'fixed-rejected', 'proposed', 'left-out', 'excluded']),
      amount: z.number().nullable(),
      score: z.number().nullable(),
      rank: z.number().int().positive().nullable(),
      attention: z.boolean(),
      reason: message.nullable(),
    }),
  ),
  nodes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      count: z.object({ min: z.number(), max: z.number() }).nullable(),
      budget: z.number().nullable(),
      fixedCount: z.number().int().nonnegative(),
      proposedCount: z.number().int().nonnegative(),
      planCount: z.number().int().nonnegative(),
      planAmount: z.number(),
      countFull: z.boolean(),
      budgetFull: z.boolean(),
      shortBy: z.number().int().nonnegative(),
    }),
  ),
});

export const reportSchema = z.object({
  sheet: z.string(),
  source: z.string().optional(),
  pack: z.object({ id: z.string(), title: z.string(), year: z.number().int() }),
  summary: z.object({
    rows: z.number().int().nonnegative(),
    eligible: z.number().int().nonnegative(),
    attention: z.number().int().nonnegative(),
    ineligible: z.number().int().nonnegative(),
  }),
  rows: z.array(reportRow),
  nodes: z.array(reportNode),
  notices: z.array(z.object({ zh: z.string(), en: z.string() })),
  /** Only from `propose`. */
  proposal: reportProposal.optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportProposal = z.infer<typeof reportProposal>;
export type ReportFinding = z.infer<typeof reportFinding>;
