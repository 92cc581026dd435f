// The check's work on zip packages that Node does faster with its own zlib, off the main thread:
// packing the checked copy, and finding an element in a part of the user's file. The defaults run
// anywhere (the pane's offline mode); the command line passes node-zip-tools.ts.
import type JSZip from 'jszip';
import { firstElement } from './part-element';
import { jszipPacker, type ZipPacker } from './zip-packer';

export interface ZipTools {
  pack: ZipPacker;
  /** The first `<name>` element of a part, as written, or null: see part-element.ts. */
  firstElement: (file: JSZip.JSZipObject, name: string) => Promise<string | null>;
}

export const jszipTools: ZipTools = { pack: jszipPacker, firstElement };
