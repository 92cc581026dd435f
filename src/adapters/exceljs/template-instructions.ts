// The 填表说明 sheet's lines, from the pack: who may apply, the categories with their amounts,
// the deadlines and formalities, and how Shenbao reads the sheet.
import { packIndex } from '../../core/pack/tree';
import type { RulePack } from '../../core/pack/schema';
import type { Lang } from '../../core/types';

function range(r: { min: number; max: number } | null): string {
  if (!r) return '—';
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}

export function instructionLines(pack: RulePack, lang: Lang): string[] {
  const index = packIndex(pack);
  const zh = lang === 'zh';
  const required = pack.columns.filter((c) => c.required).map((c) => (zh ? c.header : c.en));
  const types = pack.applicantTypes.map((t) => (zh ? t.id : `${t.id} (${t.en})`)).join(zh ? '、' : ', ');
  const lines = zh
    ? [
        `本表用于 ${pack.title.zh} 项目申报的汇总与检查。`,
        `1. 申报单位必须是：${types}。`,
        `2. 必填：${required.join('、')}。`,
        `3. 申报类别填写编号和/或名称（可从下拉列表选择），须为最末一级类别，如“3.1.1 青年科技论坛（沙龙）”。`,
        `4. 金额单位为万元；也可填写“8万元”或“80,000元”。日期可填写日期，或“2022年12月”等文字。`,
        `5. 除特别注明外，项目应于 ${pack.deadlines.completion} 前完成；纸质版一式 ${pack.paperCopiesMin} 份，证明材料一份，同时提交电子版。`,
        `6. 联合申报请注明牵头单位；项目由申报单位本级执行，严禁转包；市州项目须经同级科协审核、财政部门汇总。`,
        `7. 申报截止日期填在“设置”表；弄虚作假单位填在“失信名单”表（起始年度起连续 ${pack.banYears} 年不得申报）。`,
        `8. 标题行可以保留；列的顺序可以调整；检查结果写在最右侧两列及“分配汇总”“问题清单”表中，原有内容不会被改动。`,
        '',
        '类别一览（编号｜名称｜项目数｜每项金额（万元）｜经费（万元））：',
      ]
    : [
        `This workbook collects and checks applications for: ${pack.title.en}.`,
        `1. Who may apply: ${types}.`,
        `2. Required: ${required.join(', ')}.`,
        `3. Category: the code and/or the name of a lowest-level category (pick from the list), e.g. "3.1.1 青年科技论坛（沙龙）".`,
        `4. Amounts are in 10,000 yuan (万元); "8万元" or "80,000元" also work. Dates as dates or as text such as "2022年12月".`,
        `5. Unless stated otherwise, projects finish by ${pack.deadlines.completion}; ${pack.paperCopiesMin} paper copies, proof materials and an electronic copy.`,
        `6. Joint applications name a lead unit; no subcontracting; city projects need the city AST's review and the finance summary.`,
        `7. The submission deadline goes on the 设置 sheet; units banned for falsification on 失信名单 (${pack.banYears} years from the start year).`,
        `8. The title row may stay and columns may be in any order; results go to the two right-most columns and to 分配汇总 and 问题清单.`,
        '',
        'Categories (code | name | projects | per project | budget, 10k yuan):',
      ];
  for (const node of pack.categories) {
    const depth = index.ancestors(node.code).length;
    const name = zh ? node.name : `${node.name} (${node.en})`;
    lines.push(`${'  '.repeat(depth)}${node.code}｜${name}｜${range(node.count)}｜${range(node.per)}｜${node.budget ?? '—'}`);
  }
  lines.push(zh ? `合计经费：${pack.total.budget} 万元。` : `Total budget: ${pack.total.budget} (10k yuan).`);
  return lines;
}
