// Links to places inside the workbook, put into the checked copy's sheets as text: the user's, which
// exceljs drops when it reads a file (location-links.ts), and Shenbao's own (table-links.ts). Sheets
// are matched by name, not by part file: the part names of the user's file and the copy may differ.
import type JSZip from 'jszip';
import { firstElement } from './part-element';
import { locationLinksOf, withLocationLinks, type LocationLink } from './location-links';
import type { PackageParts } from './package-parts';
import { jszipText, sheetPartsByName } from './sheet-parts';
import type { ZipTools } from './zip-tools';

/** Sheet name (lower case) → its links to places in the workbook. */
export type LinksBySheet = Map<string, LocationLink[]>;

/**
 * The user's location links in `input`, by sheet. `find` reads an element of a part: Node's zlib
 * on the command line (zip-tools.ts). The caller leaves out the sheets Shenbao writes afresh.
 */
export async function userLocationLinks(input: JSZip, find: ZipTools['firstElement'] = firstElement): Promise<LinksBySheet> {
  const links: LinksBySheet = new Map();
  const parts = await sheetPartsByName(jszipText(input));
  const blocks = await Promise.all(
    [...parts].map(async ([name, part]) => {
      const file = input.file(part);
      return [name, file ? await find(file, 'hyperlinks') : null] as const;
    }),
  );
  for (const [name, block] of blocks) {
    if (block === null) continue;
    const found = locationLinksOf(block);
    if (found.length > 0) links.set(name, found);
  }
  return links;
}

/** Adds each sheet's links to the copy (a cell already linked there keeps that link). */
export async function addLocationLinks(parts: PackageParts, links: LinksBySheet): Promise<void> {
  if (links.size === 0) return;
  const partsByName = await sheetPartsByName((path) => parts.text(path));
  for (const [name, sheetLinks] of links) {
    const part = partsByName.get(name);
    const before = part === undefined ? null : parts.text(part);
    if (part === undefined || before === null) continue;
    const after = withLocationLinks(before, sheetLinks);
    if (after !== before) parts.setText(part, after);
  }
}
