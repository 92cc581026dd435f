// The empty answer of a rule, shared: most rules find nothing on most rows, and a fresh array per
// rule per row is most of the garbage a large sheet would make.
import type { Finding } from '../types';

export const NONE: readonly Finding[] = Object.freeze([]);
