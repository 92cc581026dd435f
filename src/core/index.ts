// The core's public API (docs/architecture.md): the pack, reading, checking, and what to write.
export { builtInPacks, defaultPack, hunan2022, parsePack, PackError, packIndex, rulePackSchema } from './pack';
export type { CategoryNode, FigureRule, PackIndex, RuleConfig, RulePack, RulePackInput } from './pack';
export { readSubmissions, type SubmissionsRead } from './read';
export { checkWorkbook } from './check';
export { verdictOf } from './verdict';
export { tally } from './tally';
export { planOutputs, chooseOutputSheetName, notesOf, type ExistingSheet } from './summary';
export { buildReport, reportSchema, type Report, type ReportFinding } from './report';
export { generateSample, type SampleOptions } from './sample';
export { templateSpec, type TemplateColumn, type TemplateSpec } from './template';
export { InputError } from './errors';
export { FILL_ARGB, FILL_HEX, OUTPUT_SHEET_MARK } from './style';
export { displayText, matchKey } from './text/normalise';
export type * from './types';
