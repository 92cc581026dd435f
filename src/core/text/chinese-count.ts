// A small whole number as the guide writes it in running text: 一式三份, not 一式3份.

const DIGITS = '零一二三四五六七八九';

/** 0–99 in Chinese numerals (三, 十, 十二, 二十, 二十五); anything else in Arabic digits. */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
