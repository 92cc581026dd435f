// Packing the checked copy's parts into its .xlsx: the one place its parts are compressed.
// The default is JSZip, as exceljs itself packs, so the pane's offline mode runs in the browser;
// the command line passes a faster packer on Node's own zlib (node-zip.ts).
import JSZip from 'jszip';
import type { ZipEntry } from './zip-entries';

/** The entries, compressed, as the bytes of a zip, in the order given. */
export type ZipPacker = (entries: ZipEntry[]) => Promise<Uint8Array>;

export const jszipPacker: ZipPacker = (entries) => {
  const zip = new JSZip();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) zip.folder(entry.name);
    else zip.file(entry.name, entry.data, { createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
