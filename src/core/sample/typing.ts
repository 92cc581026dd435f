// How people type correct values in ways a program must still read: amounts with units and
// thousands separators, dates as text, a joint application done right.
import type { SampleRow } from './good-row';
import type { Random } from './prng';

function dateText(date: Date, random: Random): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  switch (random.int(0, 3)) {
    case 0:
      return `${y}年${m}月`;
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return `${y}/${m}/${d}`;
    default:
      return `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`;
  }
}

/** 80000 → "80,000" (Intl is slow for 100,000 rows). */
function thousands(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export function retype(row: SampleRow, random: Random): void {
  if (typeof row.requested === 'number' && random.chance(0.12)) {
    const wan = row.requested;
    row.requested = random.chance(0.5) ? `${wan}万元` : `${thousands(wan * 10000)}元`;
  }
  if (row.completion instanceof Date && random.chance(0.15)) row.completion = dateText(row.completion, random);
  if (row.submitted instanceof Date && random.chance(0.1)) row.submitted = dateText(row.submitted, random);
}
