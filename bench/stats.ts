// Small numeric helpers for the benchmark tables.

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '–');
export const mb = (bytes: number): string => {
  if (!Number.isFinite(bytes)) return '–';
  const value = bytes / 1024 / 1024;
  return `${value.toFixed(value < 10 ? 1 : 0)} MB`;
};
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
export const count = (value: number): string => Math.round(value).toLocaleString('en-US');
export const fileSize = (bytes: number): string => (bytes < 1024 * 1024 ? kib(bytes) : mb(bytes));
