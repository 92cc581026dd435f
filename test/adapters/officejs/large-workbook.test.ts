// Size: the same number of syncs for 10 and 10,000 rows apart from chunks, and every request and
// response under Excel on the web's 5 MB cap.
import { checkActiveWorkbook, type OfficeCheckOutcome } from '../../../src/adapters/officejs';
import { PAYLOAD_BUDGET_BYTES } from '../../../src/adapters/officejs/payload';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { FILL_HEX } from '../../../src/core/style';
import { EXCEL_WEB_PAYLOAD_LIMIT, type FakeExcel } from '../../fakes/excel';
import { columnLetters, removeFakeExcel, sampleExcel } from './fixtures';

/** Two syncs find the sheets and their heads; everything else is a read or a write chunk. */
const DISCOVERY_SYNCS = 2;

async function checkSample(rows: number): Promise<{ fake: FakeExcel; outcome: OfficeCheckOutcome }> {
  const fake = sampleExcel(rows);
  const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
  removeFakeExcel();
  return { fake, outcome };
}

let small: { fake: FakeExcel; outcome: OfficeCheckOutcome };
let large: { fake: FakeExcel; outcome: OfficeCheckOutcome };

beforeAll(async () => {
  small = await checkSample(10);
  large = await checkSample(10_000);
}, 120_000);

test('10,000 rows are all checked and written: every verdict and fill, the sheets, their links and frozen headers', () => {
  const { fake, outcome } = large;
  expect(outcome.result.rows).toHaveLength(10_000);
  const columns = outcome.plan.resultColumns;
  const verdictCol = columnLetters(columns.verdictColumn);
  const expectedFill = { eligible: undefined, attention: FILL_HEX.amber, ineligible: FILL_HEX.red };
  const wrong = outcome.result.rows.filter((row) => {
    const cell = fake.cell(columns.sheet, `${verdictCol}${row.row}`);
    return cell?.value !== hunan2022.labels.verdict[row.verdict].zh || cell?.fill !== expectedFill[row.verdict];
  });
  expect(wrong).toEqual([]);
  expect(fake.sheet(outcome.plan.issues.name).frozenRows).toBe(2);
  const links = Object.values(fake.cellsOf(outcome.plan.issues.name)).filter((c) => c.hyperlink);
  expect(links).toHaveLength(outcome.plan.issues.links.length);
  expect(fake.sheetNames()).toEqual(expect.arrayContaining([outcome.plan.summary.name, outcome.plan.issues.name]));
});

test('one Excel.run, and syncs = 2 + read chunks + write chunks for 10 and for 10,000 rows', () => {
  for (const { fake, outcome } of [small, large]) {
    expect(fake.host.runs).toBe(1);
    expect(outcome.stats.syncs).toBe(DISCOVERY_SYNCS + outcome.stats.readChunks + outcome.stats.writeChunks);
    expect(fake.host.syncs).toHaveLength(outcome.stats.syncs);
  }
  expect(small.outcome.stats).toEqual({ syncs: 4, readChunks: 1, writeChunks: 1 });
  // Chunks grow with the bytes, not with the rows: every chunk but the last carries at least a
  // quarter of the budget (the read estimate keeps a margin for longer rows further down).
  const { readChunks, writeChunks } = large.outcome.stats;
  const responseBytes = large.fake.host.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  const requestBytes = large.fake.host.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
  expect(readChunks).toBeLessThanOrEqual(Math.ceil(responseBytes / (PAYLOAD_BUDGET_BYTES / 4)) + 1);
  expect(writeChunks).toBeLessThanOrEqual(Math.ceil(requestBytes / (PAYLOAD_BUDGET_BYTES / 4)) + 1);
});

test('every request and response stays under the 5 MB cap', () => {
  for (const { fake } of [small, large])
    for (const sync of fake.host.syncs) {
      expect(sync.failed).toBeUndefined();
      expect(sync.requestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
      expect(sync.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    }
  const { maxRequestBytes, maxResponseBytes } = large.fake.payloads();
  console.log(
    `10,000 rows: ${large.outcome.stats.syncs} syncs (${large.outcome.stats.readChunks} read chunks, ${large.outcome.stats.writeChunks} write chunks); ` +
      `largest request ${maxRequestBytes} bytes, largest response ${maxResponseBytes} bytes (cap ${EXCEL_WEB_PAYLOAD_LIMIT})`,
  );
});
