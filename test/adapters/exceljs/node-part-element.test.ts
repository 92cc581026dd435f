// The command line's reader of an element in a user's part (Node's zlib) finds what part-element.ts finds.
import JSZip from 'jszip';
import { nodeFirstElement } from '../../../src/adapters/exceljs/node-part-element';
import { firstElement } from '../../../src/adapters/exceljs/part-element';

const LINKS = '<hyperlinks><hyperlink ref="A2" location="&apos;名单 &amp; 附表&apos;!A1" display="名单"/></hyperlinks>';
const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>湖南省${i}</t></is></c></row>`).join('');

async function part(text: string, compression: 'STORE' | 'DEFLATE'): Promise<JSZip.JSZipObject> {
  const zip = new JSZip();
  zip.file('sheet.xml', text);
  return (await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression }))).file('sheet.xml')!;
}

const cases: [string, string, string][] = [
  ['after many rows', `<worksheet><sheetData>${rows}</sheetData>${LINKS}<pageMargins/></worksheet>`, 'hyperlinks'],
  ['written short', '<worksheet><sheetData/><hyperlinks/></worksheet>', 'hyperlinks'],
  ['absent', `<worksheet><sheetData>${rows}</sheetData></worksheet>`, 'hyperlinks'],
  ['only a longer name', '<worksheet><hyperlinksX/></worksheet>', 'hyperlinks'],
  ['a name that begins another', `<worksheet>${LINKS}</worksheet>`, 'hyperlink'],
  ['opening on a new line', '<worksheet><hyperlinks\n><hyperlink ref="B1" location="x!A1"/></hyperlinks></worksheet>', 'hyperlinks'],
];

describe.each(['DEFLATE', 'STORE'] as const)('a %s part', (compression) => {
  test.each(cases)('%s: the same element as the JSZip reader', async (_, text, name) => {
    const file = await part(text, compression);
    const expected = await firstElement(file, name);
    expect(await nodeFirstElement(file, name)).toBe(expected);
  });

  test('the user’s links come back whole, their escapes as written', async () => {
    expect(await nodeFirstElement(await part(cases[0][1], compression), 'hyperlinks')).toBe(LINKS);
  });
});

test('a part JSZip did not read from a file goes to its own reader', async () => {
  const zip = new JSZip();
  zip.file('sheet.xml', `<worksheet>${LINKS}</worksheet>`);
  expect(await nodeFirstElement(zip.file('sheet.xml')!, 'hyperlinks')).toBe(LINKS);
});
