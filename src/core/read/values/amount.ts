// Amounts, always returned in 万元. A unit written in the cell wins over the header's.
import type { CellValue } from '../../types';
import { compactText, parseDecimal } from './numeric-text';
import { EXPECTED, notA, ok, type Parsed } from './parsed';

export type AmountUnit = 'wan' | 'yuan';

const WITH_UNIT = /^[¥$]?(.*?)(万元|万|元|rmb|cny)?$/i;

const toWan = (value: number, unit: AmountUnit): number => (unit === 'yuan' ? value / 10000 : value);

export function readAmount(raw: CellValue, headerUnit: AmountUnit): Parsed<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? ok(toWan(raw, headerUnit)) : notA(EXPECTED.amount);
  if (typeof raw !== 'string') return notA(EXPECTED.amount);
  const match = WITH_UNIT.exec(compactText(raw));
  if (!match) return notA(EXPECTED.amount);
  const value = parseDecimal(match[1]);
  if (value === null || value < 0) return notA(EXPECTED.amount);
  const written = match[2];
  const unit: AmountUnit = written === undefined ? headerUnit : written.startsWith('万') ? 'wan' : 'yuan';
  return ok(toWan(value, unit));
}
