// Turning a rule's templates into a finding: placeholders filled in each language, severity and
// clause from the pack, and the cell the finding concerns.
import type { RulePack } from '../pack/schema';
import type { Finding, Message } from '../types';

export type Placeholder = string | number | Message;
export type Placeholders = Record<string, Placeholder>;

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, values: Placeholders, lang: 'zh' | 'en'): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value);
    return quoted(typeof value === 'string' ? value : value[lang]);
  });
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
  const found: Finding = {
    rule: id,
    severity: override?.severity ?? config?.severity ?? 'error',
    clause: override?.clause ?? config?.clause ?? '',
    message: config ? render(config.message, values) : { zh: id, en: id },
  };
  if (row !== undefined) found.row = row;
  if (cell.column !== undefined) found.column = cell.column;
  if (cell.header !== undefined) found.header = cell.header;
  return found;
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
