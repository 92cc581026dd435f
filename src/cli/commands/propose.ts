// shenbao propose IN.xlsx [--out OUT.xlsx] [--json REPORT.json] [--keep-decisions|--replan] [--apply] [--cut PERCENT]
// 建议立项: the check, plus the two proposal sheets in the copy; --apply also writes the proposal into
// the copy's 评审结果 and 批准金额 cells (the input file is never changed).
import type { Proposal } from '../../core/propose';
import type { Lang } from '../../core/types';
import { parseCommand, wholeNumber } from '../args';
import { UsageError } from '../failures';
import type { CliIO } from '../io';
import { loadSolver } from '../solver';
import { checkFile, FILE_OPTIONS } from './check';

const OPTIONS = {
  ...FILE_OPTIONS,
  'keep-decisions': { type: 'boolean' },
  replan: { type: 'boolean' },
  apply: { type: 'boolean' },
  cut: { type: 'string' },
} as const;

export async function proposeCommand(
  args: string[],
  io: CliIO,
): Promise<{ code: number; lang: Lang }> {
  const parsed = parseCommand(
    'propose',
    args,
    OPTIONS,
    {
      min: 1,
      max: 1,
      what: { zh: '要建议立项的文件（.xlsx）', en: 'the file to propose for (.xlsx)' },
    },
    io.env,
  );
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  if (flags['keep-decisions'] && flags.replan) {
    throw new UsageError({
      zh: '--keep-decisions 与 --replan 只能选一个。',
      en: 'Give --keep-decisions or --replan, not both.',
    });
  }
  const cut = wholeNumber(
    'cut',
    typeof flags.cut === 'string' ? flags.cut : undefined,
    100,
    1,
    100,
  );
  const solver = await loadSolver();
  const { code, lang, checked } = await checkFile(parsed, io, {
    ending: flags.apply ? '.proposed.xlsx' : '.proposal.xlsx',
    propose: {
      solver,
      options: { replan: flags.replan === true, cutRatio: cut / 100 },
      apply: flags.apply === true,
    },
  });
  for (const line of proposalLines(checked.proposal!, flags.apply === true, lang)) io.out(line);
  return { code, lang };
}

function proposalLines(proposal: Proposal, applied: boolean, lang: Lang): string[] {
  const zh = lang === 'zh';
  const proposed = proposal.rows.filter((r) => r.status === 'proposed').length;
  const kept = proposal.rows.filter((r) => r.status.startsWith('fixed')).length;
  const outcome = {
    optimal: zh ? '满足全部名额和预算' : 'every count and budget held',
    relaxed: zh
      ? '无法达到全部最少项目数，已放宽最少项目数（见提示）'
      : 'some minimum counts cannot be met; relaxed (see the notes)',
    conflict: zh
      ? '已定的批准超出名额或预算，未提出建议（见提示）'
      : 'decisions entered exceed a count or budget; nothing proposed (see the notes)',
  }[proposal.outcome];
  const lines = zh
    ? [
        `建议立项：${outcome}。建议批准 ${proposed} 项，合计 ${proposal.amount} 万元，评审得分合计 ${proposal.score}；已定 ${kept} 项保持不变。`,
      ]
    : [
        `Proposal: ${outcome}. ${proposed} to approve, ${proposal.amount} (10k yuan), total score ${proposal.score}; ${kept} decided rows kept.`,
      ];
  lines.push(
    applied
      ? zh
        ? '已把建议写入结果文件的“评审结果”和“批准金额”列，并按写入后的结果重新检查。'
        : 'The proposal is written into the copy’s decision and approved-amount columns, and the copy was checked again with it.'
      : zh
        ? '建议见结果文件的“建议立项”和“建议立项汇总”表；加 --apply 可把建议写入结果文件的评审结果列。'
        : 'See the sheets 建议立项 and 建议立项汇总 in the copy; add --apply to write the proposal into the copy’s decision columns.',
  );
  return lines;
}
