// Every category node in tree order, indented, with the grand total at the bottom.
import { useMemo } from 'react';
import { Text, makeStyles } from '@fluentui/react-components';
import type { CheckResult } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';
import { allocationLines } from '../logic/allocation';
import { ui } from '../i18n';
import { useLang, useText } from '../lang-context';
import { AllocationLegend } from './AllocationLegend';
import { AllocationRow } from './AllocationRow';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

export interface AllocationViewProps {
  result: CheckResult | null;
  /** For the English names of the nodes. */
  pack: RulePack | null;
  /** Excel mode: a row a quota or budget finding stands for, selected in the sheet. */
  onSelectRow?: (row: number) => void;
}

export function AllocationView({ result, pack, onSelectRow }: AllocationViewProps) {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const lines = useMemo(() => (result ? allocationLines(result.nodes, pack, lang) : []), [result, pack, lang]);
  if (!result) return <Text>{t(ui.allocationEmpty)}</Text>;
  return (
    <div>
      <AllocationLegend />
      <ul className={styles.list} data-testid="allocation" aria-label={t(ui.tabAllocation)}>
        {lines.map((line) => (
          <AllocationRow key={line.code} line={line} onSelectRow={onSelectRow} />
        ))}
      </ul>
    </div>
  );
}
