// Turning a rule's templates into a finding: placeholders filled in each language, severity and
// clause from the pack, and the cell the finding concerns.
import type { RulePack } from '../pack/schema';
import type { Finding, Message } from '../types';

export type Placeholder = string | number | Message;
export type Placeholders = Record<string, Placeholder>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template split once into text and placeholder names: odd entries are names. */
type Compiled = string[];
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  return parts;
}

function fill(template: string, values: Placeholders, lang: 'zh' | 'en'): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]];
    if (value === undefined) out += `{${parts[i]}}`;
    else if (typeof value === 'number') out += formatNumber(value);
    else out += quoted(typeof value === 'string' ? value : value[lang]);
    out += parts[i + 1];
  }
  return out;
}

/** A message quotes cells back; a cell of thousands of characters is shown by its start. */
const QUOTE_CHARS = 200;

function quoted(text: string): string {
  if (text.length <= QUOTE_CHARS) return text;
  const high = text.charCodeAt(QUOTE_CHARS - 1);
  // Never cut a surrogate pair (an emoji, a rare character) in half.
  return `${text.slice(0, high >= 0xd800 && high <= 0xdbff ? QUOTE_CHARS - 1 : QUOTE_CHARS)}…`;
}

export function render(template: Message, values: Placeholders): Message {
  return { zh: fill(template.zh, values, 'zh'), en: fill(template.en, values, 'en') };
}

/** Up to two decimals, no trailing zeros: 12 → "12", 7.5 → "7.5", 0.1+0.2 → "0.3". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "5–10", or "10" when the range is one amount. */
export function formatRange(range: { min: number; max: number }): string {
  return range.min === range.max ? formatNumber(range.min) : `${formatNumber(range.min)}–${formatNumber(range.max)}`;
}

export interface CellRef {
  column?: number;
  header?: string;
}

/** A finding of rule `id` as the pack words it; `override` replaces severity/clause (indicator). */
export function finding(
  pack: RulePack,
  id: string,
  row: number | undefined,
  cell: CellRef,
  values: Placeholders,
  override?: { severity?: Finding['severity']; clause?: string },
): Finding {
  const config = pack.rules[id];
  return newFinding(
    id,
    override?.severity ?? config?.severity ?? 'error',
    override?.clause ?? config?.clause ?? '',
    config ? render(config.message, values) : { zh: id, en: id },
    row,
    cell.column,
    cell.header,
  );
}

/**
 * A finding with only the keys it has, each given in its literal: keys added one by one after a
 * literal go to a separate store with room to spare, and tens of thousands of findings live until
 * the check ends.
 */
export function newFinding(
  rule: string,
  severity: Finding['severity'],
  clause: string,
  message: Message,
  row: number | undefined,
  column: number | undefined,
  header: string | undefined,
): Finding {
  if (row === undefined) {
    const result: Finding = { rule, severity, clause, message };
    if (column !== undefined) result.column = column;
    if (header !== undefined) result.header = header;
    return result;
  }
  if (column === undefined) return header === undefined ? { rule, severity, clause, message, row } : { rule, severity, clause, message, row, header };
  return header === undefined ? { rule, severity, clause, message, row, column } : { rule, severity, clause, message, row, column, header };
}

/** Whether the pack runs rule `id` (a rule the pack does not list does not run). */
export function enabled(pack: RulePack, id: string): boolean {
  const config = pack.rules[id];
  return config !== undefined && config.enabled;
}

/** A pair used as a placeholder value when the two languages differ. */
export function both(zh: string, en: string): Message {
  return { zh, en };
}
