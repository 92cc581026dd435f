// The fake host's engine: `Excel.run`, a request context that queues operations, and `sync()`,
// which measures the request and the response as Excel on the web would and refuses either when it
// passes the payload limit, or a read of more cells than the cell limit.
import { FakeExcelError } from './errors';
import { FakeSheet } from './model';
import { FakeWorkbook } from './worksheet';

/** Excel on the web's limits: 5 MB per request and per response, 5 million cells per read. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const EXCEL_WEB_CELL_LIMIT = 5_000_000;

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted or renamed. */
  structureProtected?: boolean;
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
}

export interface SyncRecord {
  /** Bytes of the JSON of the queued operations. */
  requestBytes: number;
  /** Bytes of the JSON of the loaded values. */
  responseBytes: number;
  operations: number;
  /** Whether `suspendApiCalculationUntilNextSync` was queued in this request. */
  calculationSuspended: boolean;
  failed?: string;
}

type Respond = (value: unknown, commit: () => void) => void;
interface QueuedOperation {
  describe: unknown;
  apply: (respond: Respond) => void;
}

/** Bytes of a string as UTF-8 (no TextEncoder: jsdom lacks it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function apiMinor(level: string): number {
  const m = /^1\.(\d+)$/.exec(level);
  if (!m) throw new Error(`not an ExcelApi level: ${level}`);
  return Number(m[1]);
}

export class FakeExcelHost {
  readonly syncs: SyncRecord[] = [];
  runs = 0;

  constructor(
    readonly state: FakeWorkbookState,
    readonly apiLevel: string,
    readonly limits: { payloadBytes: number; cells: number },
  ) {
    apiMinor(apiLevel);
  }

  supports(level: string): boolean {
    return apiMinor(level) <= apiMinor(this.apiLevel);
  }

  requireApi(level: string, what: string): void {
    if (!this.supports(level))
      throw new FakeExcelError('ApiNotFound', `${what} needs ExcelApi ${level}; this host has ExcelApi ${this.apiLevel}.`);
  }

  checkCellCount(cells: number): void {
    if (cells > this.limits.cells)
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The range has ${cells} cells, more than the ${this.limits.cells} a request may read.`);
  }

  /** `Excel.run`: one batch function, one context. Operations left queued at the end are synced. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  calculationSuspended = false;
  private queue: QueuedOperation[] = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(describe: unknown, apply: (respond: Respond) => void): void {
    this.queue.push({ describe, apply });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      requestBytes: utf8Length(JSON.stringify(operations.map((o) => o.describe))),
      responseBytes: 0,
      operations: operations.length,
      calculationSuspended: false,
    };
    this.host.syncs.push(record);
    try {
      if (record.requestBytes > this.host.limits.payloadBytes)
        throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`);
      const responses: unknown[] = [];
      const commits: (() => void)[] = [];
      for (const operation of operations)
        operation.apply((value, commit) => {
          if (value !== undefined) responses.push(value);
          commits.push(commit);
        });
      record.responseBytes = utf8Length(JSON.stringify(responses));
      record.calculationSuspended = this.calculationSuspended;
      if (record.responseBytes > this.host.limits.payloadBytes)
        throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
      commits.forEach((commit) => commit());
    } catch (error) {
      record.failed = error instanceof FakeExcelError ? error.code : String(error);
      throw error;
    } finally {
      this.calculationSuspended = false;
    }
  }
}
