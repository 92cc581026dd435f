import JSZip from 'jszip';
import { firstElement } from '../../../src/adapters/exceljs/part-element';

const LINKS = '<hyperlinks><hyperlink ref="A2" location="&apos;名单&apos;!A1"/></hyperlinks>';

async function part(text: string, compression: 'STORE' | 'DEFLATE' = 'STORE'): Promise<JSZip.JSZipObject> {
  const zip = new JSZip();
  zip.file('sheet.xml', text);
  const reread = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression }));
  return reread.file('sheet.xml')!;
}

test('the element is found wherever the part’s pieces cut it, inside a Chinese character too', async () => {
  // jszip hands a stored part over in pieces of 16,384 bytes; this is 16,312, so the first cut comes 72 bytes on.
  const head = `<worksheet><sheetData>${'申'.repeat(5430)}`;
  for (let shift = 0; shift <= 90; shift += 3) {
    const text = `${head}${'x'.repeat(shift)}</sheetData>${LINKS}<pageMargins/></worksheet>`;
    expect(await firstElement(await part(text), 'hyperlinks')).toBe(LINKS);
  }
});

test('a packed sheet of many pieces gives its element whole', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');
  const file = await part(`<worksheet><sheetData>${rows}</sheetData>${LINKS}</worksheet>`, 'DEFLATE');
  expect(await firstElement(file, 'hyperlinks')).toBe(LINKS);
});

test('a name that only begins another is not taken for it', async () => {
  expect(await firstElement(await part(`<worksheet>${LINKS}</worksheet>`), 'hyperlink')).toBe('<hyperlink ref="A2" location="&apos;名单&apos;!A1"/>');
  expect(await firstElement(await part('<worksheet><hyperlinksX/></worksheet>'), 'hyperlinks')).toBeNull();
});

test('an empty element written short is found; a part without one gives null', async () => {
  expect(await firstElement(await part('<worksheet><hyperlinks/></worksheet>'), 'hyperlinks')).toBe('<hyperlinks/>');
  expect(await firstElement(await part('<worksheet><sheetData/></worksheet>'), 'hyperlinks')).toBeNull();
});
