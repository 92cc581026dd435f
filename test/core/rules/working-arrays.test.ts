// The check's working arrays are lent and handed back, so that the next check works in the same
// memory (src/core/rules/working-arrays.ts). What that must never do: hand a borrower memory that
// still holds someone's numbers, or the same memory to two borrowers at once.
import { checkWorkbook } from '../../../src/core/check';
import { hunan2022 } from '../../../src/core/pack';
import { dropSpares, handBack, lendFloat64, lendInt32, spareMemory } from '../../../src/core/rules/working-arrays';
import { generateSample } from '../../../src/core/sample';

// Each test starts with no spares, so none depends on what the tests before it left.
beforeEach(dropSpares);

test('a lent array is zeroed, as a new one is, even in memory an earlier borrower wrote to', () => {
  const first = lendInt32(1000).fill(7);
  handBack([first]);
  const again = lendInt32(600);
  expect(again.buffer === first.buffer).toBe(true);
  expect(again.length).toBe(600);
  expect(again.every((v) => v === 0)).toBe(true);
  const wide = lendFloat64(100);
  expect(wide.every((v) => v === 0)).toBe(true);
  handBack([again, wide]);
});

test('memory handed back twice is still lent to one borrower at a time', () => {
  const array = lendInt32(5000);
  handBack([array, array]);
  handBack([array]);
  const a = lendInt32(5000);
  const b = lendInt32(5000);
  expect(a.buffer === b.buffer).toBe(false);
  a.fill(1);
  expect(b.every((v) => v === 0)).toBe(true);
  handBack([a, b]);
});

test('the smallest spare that fits is lent; an array larger than every spare is new, in a power-of-two buffer', () => {
  const small = lendInt32(100_000);
  const large = lendInt32(200_000);
  handBack([large, small]);
  const lent = lendInt32(90_000);
  expect(lent.buffer === small.buffer).toBe(true);
  const huge = lendInt32(300_000);
  expect(huge.buffer === large.buffer).toBe(false);
  expect(huge.buffer.byteLength).toBe(2 ** 21);
  handBack([huge, lent]);
  // A round a row longer than the last fits in the memory the last one used.
  expect(lendInt32(300_001).buffer === huge.buffer).toBe(true);
});

test('a round one row longer than the last is checked in the last one’s memory', () => {
  checkWorkbook(generateSample(hunan2022, { rows: 2000, seed: 3 }), hunan2022);
  const spare = spareMemory();
  checkWorkbook(generateSample(hunan2022, { rows: 2001, seed: 3 }), hunan2022);
  expect(spareMemory()).toEqual(spare);
});

test('checks in the same memory give the same findings as the first, whatever was checked between', () => {
  const round = generateSample(hunan2022, { rows: 3000, seed: 5 });
  const other = generateSample(hunan2022, { rows: 1200, seed: 9 });
  const before = spareMemory();
  const first = JSON.stringify(checkWorkbook(round, hunan2022).rows);
  const spareAfterOne = spareMemory();
  // The planner (a slot array per start of the rules' inputs, 20 or more) and duplicate (4) handed
  // their arrays back: the next check has spare memory to work in.
  expect(spareAfterOne.buffers - before.buffers).toBeGreaterThanOrEqual(20);
  // A smaller round, then the first again, work wholly in spare memory, and hand all of it back:
  // an array lent and not handed back would have been replaced by a new one here.
  checkWorkbook(other, hunan2022);
  expect(spareMemory()).toEqual(spareAfterOne);
  expect(JSON.stringify(checkWorkbook(round, hunan2022).rows)).toBe(first);
  expect(spareMemory()).toEqual(spareAfterOne);
});
