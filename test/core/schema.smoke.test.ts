import { parsePack, PackError } from '../../src/core/pack/schema';

test('an empty object is refused with the path of the problem', () => {
  expect(() => parsePack({}, 'x.json')).toThrow(PackError);
  expect(() => parsePack({}, 'x.json')).toThrow(/x\.json is not a valid rule pack: id:/);
});
