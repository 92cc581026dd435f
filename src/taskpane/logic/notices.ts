// The core's notices and an adapter's may repeat one another; each is shown once.
import type { Message } from '../../core/types';

export function mergeNotices(...lists: Message[][]): Message[] {
  const seen = new Set<string>();
  const merged: Message[] = [];
  for (const notice of lists.flat()) {
    const key = `${notice.zh}\u0000${notice.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(notice);
  }
  return merged;
}
