// The ribbon command's failure, shown in the pane it opened.
import { useEffect, useState } from 'react';
import type { Message } from '../../core/types';
import { onCommandError, takeCommandError } from '../logic/command-error';

export function useCommandError(): [Message | null, () => void] {
  const [error, setError] = useState<Message | null>(() => takeCommandError());
  useEffect(
    () =>
      onCommandError(() => {
        const latest = takeCommandError();
        if (latest) setError(latest);
      }),
    [],
  );
  return [error, () => setError(null)];
}
