// 建议立项 on a sample round already checked in memory: propose (every row re-planned, the sample's
// decisions ignored) several times, each timed: `child/propose.ts ROWS RUNS`. HiGHS from node_modules.
import { writeFileSync } from 'fs';
import { loadSolver } from '../../src/cli/solver';
import { checkWorkbook } from '../../src/core/check';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { propose } from '../../src/core/propose';
import { generateSample } from '../../src/core/sample';

const rows = Number(process.argv[2]);
const runs = Number(process.argv[3]);

async function run(): Promise<void> {
  const solver = await loadSolver();
  const result = checkWorkbook(generateSample(hunan2022, { rows, seed: 1 }), hunan2022);
  const wallMs: number[] = [];
  let outcome = '';
  let proposed = 0;
  propose(result, hunan2022, solver, { replan: true }); // one unmeasured run: compiled code, Wasm warmed
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const proposal = propose(result, hunan2022, solver, { replan: true });
    wallMs.push(performance.now() - start);
    outcome = proposal.outcome;
    proposed = proposal.rows.filter((r) => r.status === 'proposed').length;
  }
  writeFileSync(
    process.env.BENCH_RESULT!,
    JSON.stringify({
      wallMs,
      outcome,
      proposed,
      candidates: result.rows.filter((r) => r.verdict !== 'ineligible').length,
    }),
  );
}

void run();
