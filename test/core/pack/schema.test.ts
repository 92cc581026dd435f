import { hunan2022Input, parsePack, PackError } from '../../../src/core/pack';

/** A deep copy of the built-in pack to break in one place. */
const copy = () => structuredClone(hunan2022Input) as any;

function problemsOf(pack: unknown): string[] {
  try {
    parsePack(pack, 'broken.json');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).problems;
  }
  throw new Error('the pack was accepted');
}

test('a pack with a repeated category code is refused at the second one', () => {
  const pack = copy();
  pack.categories[3].code = pack.categories[2].code;
  expect(problemsOf(pack)).toContain(`categories[3].code: duplicate code ${pack.categories[2].code}`);
});

test('a parent that does not exist is refused with its path', () => {
  const pack = copy();
  pack.categories[4].parent = '9.9';
  expect(problemsOf(pack)).toContain('categories[4].parent: no category 9.9');
});

test('who may apply must name applicant types the pack has', () => {
  const pack = copy();
  pack.categories[0].who = ['省级学会', '县级科协'];
  expect(problemsOf(pack)).toContain('categories[0].who[1]: no applicant type 县级科协');
});

test('a range whose minimum is above its maximum is refused', () => {
  const pack = copy();
  pack.categories[0].per = { min: 10, max: 5 };
  expect(problemsOf(pack)).toContain('categories[0].per: min must not be above max');
});

test('a missing field is refused with its path, and the first problem is in the error message', () => {
  const pack = copy();
  delete pack.categories[2].clause;
  expect(problemsOf(pack)[0]).toMatch(/^categories\[2\]\.clause: /);
  expect(() => parsePack(pack, 'broken.json')).toThrow(/^broken\.json is not a valid rule pack: categories\[2\]\.clause:/);
});

test('a figure for a category that does not exist is refused', () => {
  const pack = copy();
  pack.figures[0].category = '7';
  expect(problemsOf(pack)).toContain('figures[0].category: no category 7');
});

test('an empty object is refused, naming the first missing field', () => {
  expect(() => parsePack({}, 'x.json')).toThrow(/x\.json is not a valid rule pack: id:/);
});
