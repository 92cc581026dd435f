// Previous / next page of the findings list, and which rows the page holds.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeft16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface PageNavProps {
  page: number;
  pages: number;
  size: number;
  total: number;
  onPage(page: number): void;
}

export function PageNav({ page, pages, size, total, onPage }: PageNavProps) {
  const t = useText();
  const styles = useStyles();
  if (total === 0) return null;
  const from = page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav className={styles.root} aria-label={t(flowUi.pageOf(page + 1, pages))}>
      <Caption1 data-testid="rows-shown">{t(flowUi.rowsShown(from, to, total))}</Caption1>
      {pages > 1 && (
        <>
          <Button size="small" icon={<ChevronLeft16Regular />} disabled={page === 0} onClick={() => onPage(page - 1)}>
            {t(flowUi.previousPage)}
          </Button>
          <Caption1>{t(flowUi.pageOf(page + 1, pages))}</Caption1>
          <Button size="small" icon={<ChevronRight16Regular />} iconPosition="after" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            {t(flowUi.nextPage)}
          </Button>
        </>
      )}
    </nav>
  );
}
