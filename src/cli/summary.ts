// The short table the check command prints: how many rows, how they came out, which nodes are over
// their quota or budget, and where the files went.
import type { CheckResult, Lang } from '../core/types';

export interface SummaryFiles {
  output: string;
  report?: string;
}

function table(lines: [string, string][]): string[] {
  const width = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const labelWidth = Math.max(...lines.map(([label]) => width(label)));
  return lines.map(([label, value]) => `  ${label}${' '.repeat(labelWidth - width(label) + 2)}${value}`);
}

export function summaryLines(result: CheckResult, files: SummaryFiles, lang: Lang): string[] {
  const count = (verdict: string) => result.rows.filter((row) => row.verdict === verdict).length;
  const over = result.nodes.filter((node) => node.status === 'over').map((node) => (node.code === 'total' ? node.name : `${node.code} ${node.name}`));
  const zh = lang === 'zh';
  const none = zh ? '无' : 'none';
  const lines: [string, string][] = [
    [zh ? '检查行数' : 'Rows checked', String(result.rows.length)],
    [zh ? '合格' : 'Eligible', String(count('eligible'))],
    [zh ? '需关注' : 'Attention', String(count('attention'))],
    [zh ? '不合格' : 'Ineligible', String(count('ineligible'))],
    [zh ? '超名额或超经费' : 'Over quota or budget', over.length ? over.join(zh ? '；' : '; ') : none],
    [zh ? '结果文件' : 'Checked copy', files.output],
  ];
  if (files.report) lines.push([zh ? 'JSON 报告' : 'JSON report', files.report]);
  const heading = zh
    ? `检查完成：工作表“${result.sheet}”，表头在第 ${result.headerRow} 行。`
    : `Checked: sheet "${result.sheet}", header on row ${result.headerRow}.`;
  return [heading, ...table(lines)];
}
