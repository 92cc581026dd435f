// The README's figure of 建议立项: the bundled sample round re-planned, the sheet's first rows and
// its summary rendered as HTML tables (the sheet's own fills), for a screenshot in headless Chromium:
// `tsx scripts/proposal-figure.ts OUT.html`.
import { writeFileSync } from 'fs';
import { loadSolver } from '../src/cli/solver';
import { checkWorkbook } from '../src/core/check';
import { hunan2022 } from '../src/core/pack/hunan-2022';
import { propose } from '../src/core/propose';
import {
  PROPOSAL_SHEET,
  PROPOSAL_SUMMARY_SHEET,
  planProposalSheet,
  planProposalSummary,
} from '../src/core/propose/sheet';
import { generateSample } from '../src/core/sample';
import { FILL_HEX } from '../src/core/style';
import type { TablePlan } from '../src/core/types';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function tableHtml(plan: TablePlan, rows: number[]): string {
  const head = plan.columns.map((c) => `<th>${escape(c.header)}</th>`).join('');
  const body = rows
    .map((i) => {
      const fill = FILL_HEX[plan.rowFills[i] ?? 'none'];
      const cells = plan.rows[i]
        .map((v) => `<td>${v === null ? '' : escape(typeof v === 'number' ? String(v) : v)}</td>`)
        .join('');
      return `<tr style="${fill ? `background:${fill};` : ''}${plan.rowBold[i] ? 'font-weight:bold;' : ''}">${cells}</tr>`;
    })
    .join('');
  return `<div class="sheet">${escape(plan.name)}</div><div class="title">${escape(plan.title)}</div><table><tr>${head}</tr>${body}</table>`;
}

async function main(): Promise<void> {
  const result = checkWorkbook(generateSample(hunan2022, { rows: 120, seed: 2022 }), hunan2022);
  const proposal = propose(result, hunan2022, await loadSolver(), { replan: true });
  const rowsPlan = planProposalSheet(result, proposal, hunan2022, 'zh', PROPOSAL_SHEET.zh);
  const nodesPlan = planProposalSummary(
    result,
    proposal,
    hunan2022,
    'zh',
    PROPOSAL_SUMMARY_SHEET.zh,
  );
  // The rows of one category (3.4 会地合作: three places, 30 万元) and the summary's first nodes.
  const shown = rowsPlan.rows
    .map((r, i) => [r, i] as const)
    .filter(([r]) => r[3] === '3.4' || r[3] === '2.3')
    .map(([, i]) => i);
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { font: 13px "WenQuanYi Micro Hei", sans-serif; margin: 12px; background: #fff; }
    table { border-collapse: collapse; margin-bottom: 18px; } td, th { border: 1px solid #bbb; padding: 3px 6px; white-space: nowrap; }
    th { background: #D9E1F2; } .title { font-weight: bold; font-size: 15px; margin: 4px 0; } .sheet { color: #666; }
  </style>${tableHtml(rowsPlan, shown)}${tableHtml(
    nodesPlan,
    nodesPlan.rows.map((_, i) => i).filter((i) => i < 10 || i >= nodesPlan.rows.length - 4),
  )}`;
  writeFileSync(process.argv[2], html);
}

void main();
