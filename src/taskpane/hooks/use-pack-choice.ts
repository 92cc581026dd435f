// The rule pack the pane checks with, shared by the check and the settings views.
import { useCallback, useState } from 'react';
import type { Message } from '../../core/types';
import { builtInChoice, parsePackFile, restorePack, type PackChoice, type PackStore } from '../logic/pack-choice';

export interface PackChoiceState {
  choice: PackChoice;
  /** Said once at start-up when a stored pack had to be dropped. */
  restoreWarning: Message | null;
  /** Validate a chosen file's text, keep it and use it. Throws PackFileError (with the path). */
  chooseFile(text: string, fileName: string): Promise<void>;
  chooseBuiltIn(): Promise<void>;
}

export function usePackChoice(store: PackStore): PackChoiceState {
  const [initial] = useState(() => restorePack(store));
  const [choice, setChoice] = useState<PackChoice>(initial.choice);
  // Once the user picks a pack, the note about the dropped one has been answered.
  const [restoreWarning, setRestoreWarning] = useState<Message | null>(initial.warning);

  const chooseFile = useCallback(
    async (text: string, fileName: string) => {
      const { pack, json } = parsePackFile(text, fileName);
      await store.save(json);
      setChoice({ pack, fileName });
      setRestoreWarning(null);
    },
    [store],
  );

  const chooseBuiltIn = useCallback(async () => {
    await store.save(null);
    setChoice(builtInChoice());
    setRestoreWarning(null);
  }, [store]);

  return { choice, restoreWarning, chooseFile, chooseBuiltIn };
}
