// The row links of Shenbao's own sheets (问题清单 → the submissions row) as location-only
// hyperlinks, added to the copy's XML after exceljs has written it: exceljs would write each as an
// external relationship (its issues 749, 3027), tens of thousands of them for a large round, only
// for internal-links.ts to take them out again.
import { columnLetter, quotedSheet } from '../../core/read/grid';
import type { TablePlan } from '../../core/types';
import type { LocationLink } from './location-links';
import { FIRST_DATA_ROW } from './write-table';

/** Text for an XML attribute, escaped as exceljs escapes it, characters XML cannot hold left out. */
export function xmlAttributeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is being removed
  return text.replace(/["&'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) => {
    switch (c) {
      case '"':
        return '&quot;';
      case '&':
        return '&amp;';
      case "'":
        return '&apos;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      default:
        return '';
    }
  });
}

/** `'申报汇总'!A5`: the sheet name quoted as Excel quotes it (a ' inside is doubled). */
export function internalLocation(sheet: string, row: number): string {
  return `${quotedSheet(sheet)}!A${row}`;
}

/** The table's links, on the cells writeTable fills (the last for a cell); an empty cell gets none. */
export function tableLinks(plan: TablePlan): LocationLink[] {
  const byRef = new Map<string, LocationLink>();
  for (const link of plan.links) {
    if ((plan.rows[link.row]?.[link.column] ?? null) === null) continue;
    const ref = `${columnLetter(link.column + 1)}${FIRST_DATA_ROW + link.row}`;
    byRef.set(ref, { ref, tag: `<hyperlink ref="${ref}" location="${xmlAttributeText(internalLocation(link.sheet, link.sheetRow))}"/>` });
  }
  return [...byRef.values()];
}
