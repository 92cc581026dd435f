// Where the browser mode takes a workbook: the whole zone is the file chooser's label, so a click
// anywhere on it chooses a file, and a file dropped on it is taken too. It names the chosen file.
import { useId, useState, type DragEvent } from 'react';
import { Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { DocumentArrowUp24Regular } from '@fluentui/react-icons';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalS,
    minHeight: '160px',
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorBrandBackground2 },
    ':focus-within': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  active: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  disabled: { cursor: 'progress', opacity: 0.7 },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  // Out of sight but still focusable and announced: the zone around it is what is seen.
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  current: { overflowWrap: 'anywhere' },
});

export interface WorkbookDropZoneProps {
  disabled: boolean;
  /** The workbook last chosen: the file input forgets it so the same file can be chosen again. */
  current: string | null;
  onFile(file: File): void;
}

export function WorkbookDropZone({ disabled, current, onFile }: WorkbookDropZoneProps) {
  const t = useText();
  const styles = useStyles();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault(); // without it the browser opens the dropped file itself
    if (!disabled) setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <label
      htmlFor={inputId}
      className={mergeClasses(styles.zone, dragging && styles.active, disabled && styles.disabled)}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <DocumentArrowUp24Regular className={styles.icon} aria-hidden />
      <Text size={500} weight="semibold">
        {t(flowUi.dropTitle)}
      </Text>
      <Text size={200}>{t(flowUi.dropSub)}</Text>
      <input
        id={inputId}
        className={styles.input}
        type="file"
        aria-label={t(ui.chooseWorkbook)}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file chosen again (after editing it) must check again
          if (file) onFile(file);
        }}
      />
      {current && (
        <Text weight="semibold" className={styles.current} data-testid="current-workbook">
          {t(ui.currentWorkbook(current))}
        </Text>
      )}
    </label>
  );
}
