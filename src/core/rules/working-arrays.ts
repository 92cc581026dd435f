// Typed arrays a check works in and is done with when it returns (the memo's slots, duplicate's
// hash table), lent out and handed back, so that the next check works in the same memory. A typed
// array's memory lies outside the JavaScript heap, and the engine starts a full collection of the
// heap once 64 MB of such memory has been allocated since the last one: new arrays on every check
// (24 MB of them at 100,000 rows) made every second or third check pay for a full collection.
// Nothing is held across checks but spare memory: about what the largest check used, its buffers
// rounded up to a power of two, so that a round one row longer than the last still fits in them.

const spare: ArrayBuffer[] = [];
/** More than one check of 100,000 rows lends (about 50 arrays). */
const SPARE_KEPT = 96;
/** Buffers are made in sizes of a power of two, from this up. */
const SMALLEST_BUFFER = 1024;

/** The smallest spare buffer of at least `bytes`, taken out of the spares; null if there is none. */
function takeSpare(bytes: number): ArrayBuffer | null {
  let best = -1;
  for (let k = 0; k < spare.length; k++) {
    const size = spare[k].byteLength;
    if (size >= bytes && (best < 0 || size < spare[best].byteLength)) best = k;
  }
  if (best < 0) return null;
  const buffer = spare[best];
  spare[best] = spare[spare.length - 1];
  spare.pop();
  return buffer;
}

/** A spare buffer of at least `bytes`, or a new one of the power of two at or above it. */
function bufferOf(bytes: number): ArrayBuffer {
  const taken = takeSpare(bytes);
  if (taken !== null) return taken;
  let size = SMALLEST_BUFFER;
  while (size < bytes) size *= 2;
  return new ArrayBuffer(size);
}

/** A zeroed Int32Array of `length`, as `new Int32Array(length)`, in spare memory if there is some. */
export function lendInt32(length: number): Int32Array {
  return new Int32Array(bufferOf(length * 4), 0, length).fill(0);
}

/** A zeroed Float64Array of `length`, as `new Float64Array(length)`, in spare memory if there is some. */
export function lendFloat64(length: number): Float64Array {
  return new Float64Array(bufferOf(length * 8), 0, length).fill(0);
}

/**
 * Hands arrays back once nothing will read or write them again: the next lend may give their
 * memory to someone else. Hand each lent array back once: an array handed back again after its
 * memory was lent anew would give that memory to two borrowers. (The same array twice in one call
 * is counted once.) When the spares are full, the smallest goes, so that large checks keep theirs.
 */
export function handBack(arrays: readonly (Int32Array | Float64Array | null | undefined)[]): void {
  for (const array of arrays) {
    if (!array) continue;
    const buffer = array.buffer as ArrayBuffer;
    if (spare.includes(buffer)) continue;
    if (spare.length < SPARE_KEPT) {
      spare.push(buffer);
      continue;
    }
    let smallest = 0;
    for (let k = 1; k < spare.length; k++) if (spare[k].byteLength < spare[smallest].byteLength) smallest = k;
    if (spare[smallest].byteLength < buffer.byteLength) spare[smallest] = buffer;
  }
}

/** Forgets every spare buffer: for tests, so that each starts from none whatever ran before it. */
export function dropSpares(): void {
  spare.length = 0;
}

/** How many spare buffers there are and their bytes: for tests. */
export function spareMemory(): { buffers: number; bytes: number } {
  return { buffers: spare.length, bytes: spare.reduce((sum, b) => sum + b.byteLength, 0) };
}
