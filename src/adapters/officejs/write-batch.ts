// Queues writes and syncs whenever the next one would take the request past the byte budget, so a
// large workbook costs a few more syncs (chunks) and never a sync per row. Each request starts by
// suspending calculation where the host can (it lasts until that request's sync).
import { PAYLOAD_BUDGET_BYTES } from './payload';
import type { Session } from './session';

export class WriteBatch {
  private pendingBytes = 0;
  private pendingOps = 0;
  /** Syncs done by this batch. */
  chunks = 0;

  constructor(
    private readonly session: Session,
    private readonly suspendCalc: boolean,
    private readonly onChunk: (chunks: number) => void = () => undefined,
    private readonly budget = PAYLOAD_BUDGET_BYTES,
  ) {}

  /** Queue one write of about `bytes`; syncs first when it would not fit in the current request. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.pendingOps > 0 && this.pendingBytes + bytes > this.budget) await this.flush();
    if (this.pendingOps === 0 && this.suspendCalc) this.session.workbook.application.suspendApiCalculationUntilNextSync();
    queue();
    this.pendingOps++;
    this.pendingBytes += bytes + 100;
  }

  /** Send what is queued. */
  async flush(): Promise<void> {
    if (this.pendingOps === 0) return;
    await this.session.sync();
    this.chunks++;
    this.pendingBytes = 0;
    this.pendingOps = 0;
    this.onChunk(this.chunks);
  }
}
