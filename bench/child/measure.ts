// What every benchmark child reports on exit: the work's wall and CPU time (taken around the work
// only, so module loading is not counted) and the process's peak memory.
import { writeFileSync } from 'fs';

export interface ChildMeasure {
  wallMs: number;
  cpuMs: number;
  /** Peak resident memory of the whole process, in bytes. */
  maxRssBytes: number;
  /** Figures particular to one benchmark (syncs, request sizes, …). */
  extra?: Record<string, number>;
}

/** Runs `work`, then writes the measure as JSON to the file the parent named in BENCH_RESULT. */
export async function measured(work: () => Promise<Record<string, number> | void>): Promise<void> {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const extra = (await work()) ?? undefined;
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  // maxRSS is in kilobytes.
  const result: ChildMeasure = { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024, ...(extra ? { extra } : {}) };
  const target = process.env.BENCH_RESULT;
  if (!target) throw new Error('BENCH_RESULT names the file a benchmark child writes its measure to');
  writeFileSync(target, JSON.stringify(result));
}
