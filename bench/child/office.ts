// The Office adapter against the fake Excel host on a sample round: how many context.sync() calls
// one check makes and the largest request and response: `child/office.ts ROWS`.
import { checkActiveWorkbook } from '../../src/adapters/officejs';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { removeFakeExcel, sampleExcel } from '../../test/adapters/officejs/fixtures';
import { measured } from './measure';

const rows = Number(process.argv[2]);
const fake = sampleExcel(rows);

void measured(async () => {
  const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
  removeFakeExcel();
  if (outcome.result.rows.length !== rows) throw new Error(`checked ${outcome.result.rows.length} rows of ${rows}`);
  const { syncs, maxRequestBytes, maxResponseBytes } = fake.payloads();
  return { syncs, readChunks: outcome.stats.readChunks, writeChunks: outcome.stats.writeChunks, maxRequestBytes, maxResponseBytes };
});
