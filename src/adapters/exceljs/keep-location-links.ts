// Links to places inside the workbook, put into the checked copy's sheets as text: the user's, which
// exceljs drops when it reads a file (location-links.ts), and Shenbao's own (table-links.ts). Sheets
// are matched by name, not by part file: the part names of the user's file and the copy may differ.
import { locationLinksOf, withLocationLinks, type LocationLink } from './location-links';
import { sheetPartsByName } from './sheet-parts';
import type { InputPackage, OutputParts } from './zip-package';

/** Sheet name (lower case) → its links to places in the workbook. */
export type LinksBySheet = Map<string, LocationLink[]>;

/** The user's location links in `input`, by sheet. The caller leaves out the sheets Shenbao writes afresh. */
export async function userLocationLinks(input: InputPackage): Promise<LinksBySheet> {
  const links: LinksBySheet = new Map();
  for (const [name, part] of await sheetPartsByName((path) => input.text(path))) {
    const found = locationLinksOf((await input.text(part)) ?? '');
    if (found.length > 0) links.set(name, found);
  }
  return links;
}

/** Adds each sheet's links to the copy (a cell already linked there keeps that link). */
export async function addLocationLinks(parts: OutputParts, links: LinksBySheet): Promise<void> {
  if (links.size === 0) return;
  const partsByName = await sheetPartsByName((path) => parts.text(path));
  for (const [name, sheetLinks] of links) {
    const part = partsByName.get(name);
    const before = part === undefined ? null : await parts.text(part);
    if (part === undefined || before === null) continue;
    const after = withLocationLinks(before, sheetLinks);
    if (after !== before) parts.setText(part, after);
  }
}
