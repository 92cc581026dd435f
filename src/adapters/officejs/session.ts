// One Excel.run's context with a count of its syncs, so an action can report (and tests can hold
// it to) how many round trips it made.

export interface SyncStats {
  syncs: number;
  readChunks: number;
  writeChunks: number;
}

export class Session {
  readonly stats: SyncStats = { syncs: 0, readChunks: 0, writeChunks: 0 };

  constructor(readonly context: Excel.RequestContext) {}

  get workbook(): Excel.Workbook {
    return this.context.workbook;
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    await this.context.sync();
  }
}
