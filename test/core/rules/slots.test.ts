// How the check tells which rows a remembered rule may answer alike (rules/memo.ts): rows share a
// slot exactly when their cells in the rule's inputs have the same codes, and a row with a cell of
// its own (free text, an unreadable cell) has no slot, so the rule runs for it.
import fc from 'fast-check';
import { OWN_CODE, type CellCodes } from '../../../src/core/read/applications';
import { SlotPlanner } from '../../../src/core/rules/memo';
import type { Application } from '../../../src/core/types';

/** Rows 0…n−1 whose cells are the given codes; `size` is how many codes each column hands out. */
function coded(columns: Record<string, { codes: number[]; size: number }>, rows: number, order?: number[]) {
  const apps = (order ?? [...Array(rows).keys()]).map((i) => ({ row: i + 2, fields: {}, place: i }) as Application & { place: number });
  const codes: CellCodes = {
    rowIndex: (app) => (app as Application & { place: number }).place,
    column: (key) => (columns[key] ? { codes: Uint16Array.from(columns[key].codes), size: columns[key].size } : null),
  };
  return { apps, planner: new SlotPlanner(apps, codes) };
}

test('rows share a slot when their input cells share codes; other columns do not part them', () => {
  const { planner } = coded(
    {
      category: { codes: [1, 1, 2, 1], size: 3 },
      requested: { codes: [5, 5, 5, 6], size: 7 },
      project: { codes: [OWN_CODE, OWN_CODE, OWN_CODE, OWN_CODE], size: 1 },
    },
    4,
  );
  const slots = [...planner.slots(['category', 'requested'])];
  expect(slots[0]).toBe(slots[1]);
  expect(new Set(slots).size).toBe(3);
  expect(slots.every((s) => s >= 0)).toBe(true);
});

test('a row with a cell of its own in an input has no slot (−1), and is run as it is', () => {
  const { planner } = coded({ unit: { codes: [1, OWN_CODE, 1], size: 2 }, category: { codes: [1, 1, 1], size: 2 } }, 3);
  expect([...planner.slots(['unit', 'category'])]).toEqual([0, -1, 0]);
  expect([...planner.slots(['category', 'unit'])].map((s) => s < 0)).toEqual([false, true, false]);
});

test('a column the sheet lacks parts no rows; no inputs at all puts every row in one slot', () => {
  const { planner } = coded({ category: { codes: [1, 2, 1], size: 3 } }, 3);
  expect([...planner.slots(['lead', 'category'])]).toEqual([...planner.slots(['category'])]);
  expect([...planner.slots([])]).toEqual([0, 0, 0]);
});

test('rules whose inputs start alike share the work done for the start', () => {
  const { planner } = coded({ unit: { codes: [1, 2, 1], size: 3 }, lead: { codes: [0, 0, 1], size: 2 } }, 3);
  const applicant = planner.slots(['unit', 'lead']);
  expect(planner.slots(['unit', 'lead'])).toBe(applicant);
});

test('rows handed in another order than the columns hold them are read at their own place', () => {
  const { planner } = coded({ category: { codes: [1, 2, 2], size: 3 }, requested: { codes: [4, 4, 5], size: 6 } }, 3, [2, 0, 1]);
  const slots = [...planner.slots(['category', 'requested'])];
  // Rows in the order given: place 2 (2, 5), place 0 (1, 4), place 1 (2, 4): all different.
  expect(new Set(slots).size).toBe(3);
  expect([...planner.slots(['category'])]).toEqual([2, 1, 2]);
});

test('pairs past 2³¹ (many slots times many codes) are still told apart exactly', () => {
  // 65,535 codes a column: slot × codes + code passes 2³¹ when the first column's codes are high.
  const size = 65_535;
  const first = [65_534, 65_534, 65_533, 1, 65_534];
  const second = [65_534, 65_533, 65_534, 65_534, 65_534];
  const { planner } = coded({ a: { codes: first, size }, b: { codes: second, size } }, first.length);
  const slots = [...planner.slots(['a', 'b'])];
  expect(slots[0]).toBe(slots[4]);
  expect(new Set(slots).size).toBe(4);
});

// Few codes a column: pairs are numbered through an array; thousands: through the hash table.
test.each([
  ['few', 6],
  ['thousands of', 3000],
])('property (%s codes a column): two rows share a slot exactly when every input cell has the same code, none of its own', (_label, maxSize) => {
  const column = (rows: number, size: number) =>
    fc.array(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: size - 1 }) }, { weight: 1, arbitrary: fc.constant(OWN_CODE) }), {
      minLength: rows,
      maxLength: rows,
    });
  const sheet = fc
    .record({ rows: fc.integer({ min: 1, max: 300 }), sizes: fc.array(fc.integer({ min: 1, max: maxSize }), { minLength: 1, maxLength: 4 }) })
    .chain(({ rows, sizes }) =>
      fc.record({
        rows: fc.constant(rows),
        columns: fc.tuple(...sizes.map((size) => column(rows, size).map((codes) => ({ codes, size })))),
        order: fc.shuffledSubarray([...Array(rows).keys()], { minLength: rows, maxLength: rows }),
      }),
    );
  fc.assert(
    fc.property(sheet, ({ rows, columns, order }) => {
      const keys = columns.map((_, c) => `c${c}`);
      const { apps, planner } = coded(Object.fromEntries(columns.map((col, c) => [keys[c], col])), rows, order);
      const slots = planner.slots(keys);
      // Slots and code tuples must match one to one: a map each way.
      const slotOfTuple = new Map<string, number>();
      const tupleOfSlot = new Map<number, string>();
      for (let i = 0; i < apps.length; i++) {
        const tuple = columns.map((col) => col.codes[order[i]]);
        expect(slots[i] < 0).toBe(tuple.includes(OWN_CODE));
        if (slots[i] < 0) continue;
        const key = tuple.join();
        expect(slotOfTuple.get(key) ?? slots[i]).toBe(slots[i]);
        expect(tupleOfSlot.get(slots[i]) ?? key).toBe(key);
        slotOfTuple.set(key, slots[i]);
        tupleOfSlot.set(slots[i], key);
      }
    }),
  );
});
