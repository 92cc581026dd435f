// Every rule the check runs, by id: the row, sheet and decision rules of rules/ and the node rules
// of the tally. A pack must configure each of them, and nothing else (test/core/pack/rule-ids.test.ts).
import { decisionRules, rowRules, sheetRules } from './rules';
import { nodeRules } from './tally/node-findings';

export const ruleIds: readonly string[] = [...[...rowRules, ...sheetRules, ...decisionRules].map((r) => r.id), ...nodeRules];
