// Where a command prints. The real one is the process's streams; tests pass their own.
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** Progress is shown only on a terminal, never in a pipe or a log. */
  progress?(text: string | null): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  const tty = Boolean(process.stderr.isTTY);
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: tty ? (text) => process.stderr.write(text === null ? '\r\x1b[K' : `\r\x1b[K${text}`) : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}
