// Node only: the check's zip work on Node's own zlib (zip-tools.ts), for the command line.
import { nodeFirstElement } from './node-part-element';
import { nodeZipPacker } from './node-zip';
import type { ZipTools } from './zip-tools';

export const nodeZipTools: ZipTools = { pack: nodeZipPacker, firstElement: nodeFirstElement };
