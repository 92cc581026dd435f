// Quota and budget findings (over quota, over budget, quota unfilled), shown before the rows'
// findings: each with the approved rows it stands for.
import { useState } from 'react';
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, NodeFinding } from '../../core/types';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';
import { RowsConcerned } from './RowsConcerned';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
});

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Lines shown before 显示全部: an early round has a quota unfilled in nearly every category. */
const FIRST_LINES = 5;

/** The nodes' findings, the most serious first, otherwise in the order of the nodes. */
export function nodeFindingsOf(result: CheckResult): NodeFinding[] {
  const found: NodeFinding[] = [];
  for (const node of result.nodes) found.push(...node.findings);
  return found
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
    .map(({ f }) => f);
}

export function NodeFindingLine({ finding, onSelectRow }: { finding: NodeFinding; onSelectRow?: (row: number) => void }) {
  const t = useText();
  const styles = useStyles();
  return (
    <li className={styles.finding} data-rule={finding.rule}>
      <SeverityIcon severity={finding.severity} />
      <span>
        {t(finding.message)} <RowsConcerned rows={finding.rows} onSelect={onSelectRow} />
      </span>
    </li>
  );
}

export function NodeFindingsList({ result, onSelectRow }: { result: CheckResult; onSelectRow?: (row: number) => void }) {
  const t = useText();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const findings = nodeFindingsOf(result);
  if (findings.length === 0) return null;
  const shown = all ? findings : findings.slice(0, FIRST_LINES);
  return (
    <section className={styles.root} data-testid="node-findings" aria-label={t(flowUi.nodeFindingsTitle)}>
      <Subtitle2 as="h2">{t(flowUi.nodeFindingsTitle)}</Subtitle2>
      <ul className={styles.list}>
        {shown.map((finding, i) => (
          <NodeFindingLine key={i} finding={finding} onSelectRow={onSelectRow} />
        ))}
      </ul>
      {shown.length < findings.length && (
        <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
          {t(flowUi.allNodeFindings(findings.length))}
        </Button>
      )}
    </section>
  );
}
