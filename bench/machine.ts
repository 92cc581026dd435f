// The machine a benchmark ran on, for the results file: figures mean little without it.
import { cpus, loadavg, totalmem } from 'os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  date: string;
  /** 1, 5 and 15 minute load averages when the run started. */
  load: number[];
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function machineLines(m: Machine): string[] {
  return [
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGiB} GiB; Node ${m.node}`,
    `- Date: ${m.date}; load average at start: ${m.load.join(', ')} (1, 5, 15 min)`,
  ];
}
