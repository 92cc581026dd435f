import fc from 'fast-check';
import { hunan2022 } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import type { CellValue } from '../../../src/core/types';
import { HEADERS } from './grid-helpers';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom('是', '否', '√', '合计', '3.1.1', '十万', '2022-02-30', '1,000.5万元', '　', '校验结果', '#N/A'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);

test('readSubmissions never throws on any cells below a valid header row', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { maxLength: HEADERS.length + 3 }), { maxLength: 30 }),
      fc.array(fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 12 }), height: fc.nat(3), width: fc.nat(3) }), { maxLength: 3 }),
      (rows, merges) => {
        const grid = {
          name: '申报汇总',
          rows: [HEADERS, ...rows],
          merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })),
        };
        const read = readSubmissions({ sheets: [grid] }, hunan2022);
        expect(read.headerRow).toBe(1);
        // Every application is a row below the header, each named once, in order.
        expect(read.dataRows).toEqual([...new Set(read.dataRows)].sort((a, b) => a - b));
        expect(read.dataRows.every((r) => r > 1)).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});
