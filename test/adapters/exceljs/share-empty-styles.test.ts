// Sharing the empty style objects of cells alike changes nothing in the written file: every part
// comes out the same as without it, number formats of dates included.
import JSZip from 'jszip';
import { shareEmptyStyles } from '../../../src/adapters/exceljs/share-empty-styles';
import { excelSerial, handMadeXlsx } from '../../fixtures/hand-made-xlsx';
import { loadBytes } from './cell-snapshot';

async function userFile(): Promise<Uint8Array> {
  return handMadeXlsx([
    {
      name: '申报汇总',
      rows: [
        ['申报单位', '金额', '日期', '公式', '是否', '错误', '行内'],
        ['湖南省物理学会', 8, { date: excelSerial(2022, 11, 30) }, { formula: 'B2*2', result: 16 }, true, { error: '#N/A' }, { inline: '青年论坛' }],
        ['湖南省化学会', 50.5, { date: excelSerial(2022, 12, 31) }, { formula: 'C3', result: 44926 }, false, { error: '#DIV/0!' }, { inline: '沙龙' }],
      ],
    },
    { name: '说明', rows: [['填表须知'], [1], [null, '第二列']] },
  ]);
}

/** Every part but the package's timestamps, as text. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!zip.files[name].dir && name !== 'docProps/core.xml') texts.set(name, await zip.files[name].async('string'));
  }
  return texts;
}

async function written(share: boolean): Promise<Map<string, string>> {
  const wb = await loadBytes(await userFile());
  const ws = wb.getWorksheet('说明')!;
  // Cells a program adds with no style: a number first, then a date, which needs a date format.
  ws.getCell('D5').value = 42;
  ws.getCell('D6').value = new Date(Date.UTC(2022, 10, 30));
  ws.getCell('D7').value = '文字';
  if (share) shareEmptyStyles(wb);
  return parts(new Uint8Array(await wb.xlsx.writeBuffer()));
}

test('the workbook is written exactly as without sharing', async () => {
  const [plain, shared] = await Promise.all([written(false), written(true)]);
  expect([...shared.keys()]).toEqual([...plain.keys()]);
  for (const [name, text] of plain) expect({ name, text: shared.get(name) }).toEqual({ name, text });
});

test('a date added without a style still reads back as a date with a date format', async () => {
  const wb = await loadBytes(await userFile());
  const ws = wb.getWorksheet('说明')!;
  ws.getCell('D5').value = 42;
  ws.getCell('D6').value = new Date(Date.UTC(2022, 10, 30));
  shareEmptyStyles(wb);
  const back = await loadBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(back.getWorksheet('说明')!.getCell('D6').value).toEqual(new Date(Date.UTC(2022, 10, 30)));
  expect(back.getWorksheet('说明')!.getCell('D5').value).toBe(42);
});
