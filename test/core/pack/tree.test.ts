import { hunan2022, packIndex, parsePack, hunan2022Input } from '../../../src/core/pack';

const index = packIndex(hunan2022);
const codes = (nodes: { code: string }[]) => nodes.map((n) => n.code);

test('children are the direct children, in pack order', () => {
  expect(codes(index.children('3'))).toEqual(['3.1', '3.2', '3.3', '3.4']);
  expect(codes(index.children('2.1'))).toEqual(['2.1.1', '2.1.2']);
  expect(index.children('3.1.1')).toEqual([]);
  expect(index.children('nope')).toEqual([]);
});

test('a leaf has no children; an unknown code is not a leaf', () => {
  expect(index.isLeaf('3.1.1')).toBe(true);
  expect(index.isLeaf('1')).toBe(true);
  expect(index.isLeaf('3.1')).toBe(false);
  expect(index.isLeaf('9')).toBe(false);
});

test('ancestors run from the parent up to the top level', () => {
  expect(codes(index.ancestors('3.3.4'))).toEqual(['3.3', '3']);
  expect(index.ancestors('1')).toEqual([]);
  expect(index.ancestors('9')).toEqual([]);
});

test('byCode finds any node', () => {
  expect(index.byCode.get('2.3')?.budget).toBe(60);
});

test('the index is built once per pack object', () => {
  expect(packIndex(hunan2022)).toBe(index);
  expect(packIndex(parsePack(hunan2022Input))).not.toBe(index);
});
