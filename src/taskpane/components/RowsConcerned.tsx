// 涉及第 6、7、8 行: the rows a quota or budget finding stands for; in Excel mode each one goes there.
import { useState } from 'react';
import { Link, makeStyles } from '@fluentui/react-components';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  root: { overflowWrap: 'anywhere' },
});

/** A node over its budget can stand for hundreds of rows: the first ones, then a way to see all. */
const FIRST_ROWS = 30;

export interface RowsConcernedProps {
  rows: number[];
  onSelect?: (row: number) => void;
}

export function RowsConcerned({ rows, onSelect }: RowsConcernedProps) {
  const t = useText();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <span className={styles.root} data-testid="rows-concerned">
      {t(flowUi.rowsConcerned)}{' '}
      {shown.map((row, i) => (
        <span key={row}>
          {i > 0 && t(flowUi.rowsSeparator)}
          {onSelect ? (
            <Link as="button" inline onClick={() => onSelect(row)} title={t(flowUi.goToCell(row, undefined))}>
              {row}
            </Link>
          ) : (
            row
          )}
        </span>
      ))}
      {shown.length < rows.length && (
        <>
          {`${t(flowUi.rowsSeparator)}… `}
          <Link as="button" inline onClick={() => setAll(true)}>
            {t(flowUi.allRowsConcerned(rows.length))}
          </Link>
        </>
      )}{' '}
      {t(flowUi.rowsConcernedEnd)}
    </span>
  );
}
