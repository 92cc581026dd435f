// Excel.RangeAreas, as getMergedAreasOrNullObject returns it: the merged areas' addresses.
import { Box, boxAddress, quoteSheet } from './addresses';
import type { FakeRequestContext } from './context';
import type { FakeSheet } from './model';
import { FakeProxy } from './proxy';

export class FakeRangeAreas extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly locate: () => { sheet: FakeSheet; boxes: Box[] } | null,
  ) {
    super(ctx, path);
  }

  protected snapshot(): Record<string, unknown> | null {
    const at = this.locate();
    if (!at) return null;
    const prefix = quoteSheet(at.sheet.name);
    return { address: at.boxes.map((b) => `${prefix}!${boxAddress(b)}`).join(','), areaCount: at.boxes.length };
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}
