// The rule pack: its schema, the built-in packs, and a lookup over a pack's category tree.
export * from './schema';
export { builtInPacks, defaultPack } from './built-in';
export { hunan2022, hunan2022Input } from './hunan-2022';
export { packIndex, type PackIndex } from './tree';
