// Where the browser mode takes a workbook: dropped on the zone or chosen with the file input.
import { useId, useState, type DragEvent } from 'react';
import { Label, Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { ui } from '../i18n';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'center',
  },
  active: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
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

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault(); // without it the browser opens the dropped file itself
    if (!disabled) setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.active)}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <ArrowUpload20Regular aria-hidden />
      <Text>{t(ui.dropHint)}</Text>
      <Label htmlFor={inputId}>{t(ui.chooseWorkbook)}</Label>
      <input
        id={inputId}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file chosen again (after editing it) must check again
          if (file) onFile(file);
        }}
      />
      {current && <Text weight="semibold">{t(ui.currentWorkbook(current))}</Text>}
    </div>
  );
}
