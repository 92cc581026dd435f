// exceljs writes a link to a cell of the same workbook as an *external* relationship ("#'Sheet'!A5")
// plus a `location` that repeats the '#'; Excel then looks for a file and LibreOffice ignores it
// (exceljs issues 749, 3027). Shenbao's own links never go through exceljs (table-links.ts), but a
// user's file may hold such links, written by a program that stores them as relationships. This
// rewrites them the way Excel itself saves them: only `location="'Sheet'!A5"`, no relationship.
// Only sheets that hold such a link are touched.
import type { OutputParts } from './zip-package';

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const SHEET_RELS = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;

function attr(tag: string, name: string): string | null {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? match[1] : null;
}

/** Rewrites the copy's internal links stored as relationships; returns whether any part changed. */
export async function internalLinksAsLocations(parts: OutputParts): Promise<boolean> {
  let changed = false;
  for (const relsName of parts.names().filter((name) => SHEET_RELS.test(name))) {
    const rels = (await parts.text(relsName)) ?? '';
    const internalTargets = new Map<string, string>();
    const keptRels = rels.replace(/<Relationship\s[^>]*\/>/g, (tag) => {
      const target = attr(tag, 'Target');
      if (attr(tag, 'Type') !== HYPERLINK_REL || !target?.startsWith('#')) return tag;
      internalTargets.set(attr(tag, 'Id') ?? '', target);
      return '';
    });
    if (internalTargets.size === 0) continue;
    const sheetName = relsName.replace('_rels/', '').replace(/\.rels$/, '');
    const before = await parts.text(sheetName);
    if (before === null) continue;
    const sheet = before.replace(/<hyperlink\s[^>]*\/>/g, (tag) => {
      const id = attr(tag, 'r:id');
      const target = id ? internalTargets.get(id) : undefined;
      if (target === undefined) return tag;
      // The target is already escaped for an XML attribute, so it can move as it is.
      const location = target.replace(/^#/, '');
      return tag.replace(/\sr:id="[^"]*"/, '').replace(/\slocation="[^"]*"/, '').replace('<hyperlink', `<hyperlink location="${location}"`);
    });
    parts.setText(sheetName, sheet);
    parts.setText(relsName, keptRels);
    changed = true;
  }
  return changed;
}
