// Reading the live workbook: the core must see what the file path would give it.
import { readLiveWorkbook } from '../../../src/adapters/officejs/read-workbook';
import { Session } from '../../../src/adapters/officejs/session';
import { generateSample } from '../../../src/core/sample';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { EXCEL_WEB_PAYLOAD_LIMIT, type FakeExcel, type FakeExcelSpec } from '../../fakes/excel';
import { removeFakeExcel, specFromInput, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

const HEADERS = ['序号', '申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）'];

function readWith(fake: FakeExcel, merges: boolean) {
  return fake.Excel.run((context) => readLiveWorkbook(new Session(context as unknown as Excel.RequestContext), hunan2022, { merges }));
}

const userWorkbook = (apiLevel: FakeExcelSpec['apiLevel']): FakeExcelSpec => ({
  apiLevel,
  activeSheet: '申报汇总',
  sheets: [
    { name: '说明', rows: Array.from({ length: 30 }, (_, i) => [`第${i + 1}条说明`]) },
    {
      name: '申报汇总',
      firstCol: 2,
      rows: [
        ['2022年申报汇总表'],
        HEADERS,
        [1, '湖南省机械工程学会', '省级学会', '3.1.1', { formula: '=A1', value: '学术年会' }, 8],
        [2, '湖南省化学化工学会', '省级学会', '3.1.1', '学术沙龙', { error: '#N/A' }],
        [null, null, null, null, null, null],
        [3, null, '省级学会', '3.2', '科普讲座', 5],
      ],
      merges: ['C5:C6'],
    },
  ],
});

test('gives the core the submissions sheet as the file would: types, errors, cached formula results, blank rows, merges', async () => {
  const fake = useFakeExcel(userWorkbook('1.13'));
  const live = await readWith(fake, true);
  expect(live.submissionsSheet).toBe('申报汇总');
  expect(live.input.activeSheet).toBe('申报汇总');
  expect(live.input.sheets.map((s) => s.name)).toEqual(['说明', '申报汇总']);
  const grid = live.input.sheets[1];
  expect(grid.firstRow).toBe(1);
  expect(grid.firstCol).toBe(2);
  expect(grid.truncated).toBeUndefined();
  expect(grid.rows).toEqual([
    ['2022年申报汇总表', null, null, null, null, null],
    HEADERS,
    [1, '湖南省机械工程学会', '省级学会', '3.1.1', '学术年会', 8],
    [2, '湖南省化学化工学会', '省级学会', '3.1.1', '学术沙龙', { error: '#N/A' }],
    [null, null, null, null, null, null],
    [3, null, '省级学会', '3.2', '科普讲座', 5],
  ]);
  expect(grid.merges).toEqual([{ top: 5, left: 3, bottom: 6, right: 3 }]);
  expect(live.notices).toEqual([]);
});

test('passes only the head of a sheet it need not read, marked as truncated', async () => {
  const fake = useFakeExcel(userWorkbook('1.13'));
  const live = await readWith(fake, true);
  const other = live.input.sheets[0];
  expect(other.rows).toHaveLength(10);
  expect(other.truncated).toBe(true);
});

test('on ExcelApi 1.4 reads no merges and says merged cells are read as Excel reports them', async () => {
  const fake = useFakeExcel(userWorkbook('1.4'));
  const live = await readWith(fake, false);
  expect(live.input.sheets[1].merges).toBeUndefined();
  expect(live.notices).toHaveLength(1);
  expect(live.notices[0].zh).toContain('合并单元格');
  expect(live.notices[0].en).toContain('merged cells');
});

test('a read Excel refuses as too large is read again in smaller chunks, and the rows come out the same', async () => {
  const spec = specFromInput(generateSample(hunan2022, { rows: 60, seed: 3 }));
  const plain = await readWith(useFakeExcel(spec), true);
  // 39 columns: a 500-cell limit lets the 10-row heads through and refuses larger reads.
  const limited = useFakeExcel({ ...spec, limits: { cells: 500 } });
  const live = await readWith(limited, true);
  expect(live.input).toEqual(plain.input);
  const refused = limited.host.syncs.filter((s) => s.failed === 'ResponsePayloadSizeLimitExceeded');
  expect(refused.length).toBeGreaterThan(0);
});

test('long texts are read in chunks that each stay under the 5 MB cap', async () => {
  const long = '长'.repeat(4000); // 12 KB a cell
  const rows = [HEADERS, ...Array.from({ length: 600 }, (_, i) => [i + 1, `单位${i}`, '省级学会', '3.1.1', long, 5])];
  const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows }] });
  const live = await readWith(fake, true);
  expect(live.input.sheets[0].rows).toHaveLength(601);
  expect(live.input.sheets[0].rows[600][4]).toBe(long);
  for (const sync of fake.host.syncs) expect(sync.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  expect(fake.host.syncs.length).toBeGreaterThan(4);
});
