import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A data row as the check read it: its values, and its row number for messages. */
export interface ReadRow {
  row: number;
  values: unknown;
}

/** Rows per line of the file: one JSON text each way per this many rows. */
const ROWS_PER_LINE = 1000;
/** Written out once this much text is waiting. */
const WRITE_AT = 1 << 20;

/**
 * The checked rows of a file too long to keep in memory, kept aside in a temporary file for the commit
 * instead: writing and reading back their values as JSON costs a fraction of reading the file again
 * (parsing the CSV or XLSX and every cell once more), and memory stays bounded whatever the file's length.
 * Values are what a kind's reader makes: plain data (text, numbers, booleans, null, objects, arrays),
 * which JSON keeps as they were (an undefined property is left out, and reads back undefined).
 */
export class RowSpill {
  private rows: number[] = [];
  private values: unknown[] = [];
  private waiting: string[] = [];
  private waitingChars = 0;
  private written = false;

  private constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly handle: fs.promises.FileHandle,
  ) {}

  static async create(): Promise<RowSpill> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'stationhand-import-'));
    const file = path.join(dir, 'rows.jsonl');
    try {
      return new RowSpill(dir, file, await fs.promises.open(file, 'w'));
    } catch (error) {
      await fs.promises.rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Where the rows are kept (for tests: it is gone once the spill is removed). */
  get location(): string {
    return this.dir;
  }

  /** Keeps a row; answers a promise when it writes (awaiting only then saves a turn of the loop a row). */
  add(row: number, values: unknown): Promise<void> | undefined {
    this.rows.push(row);
    this.values.push(values);
    if (this.rows.length < ROWS_PER_LINE) return undefined;
    this.line();
    return this.waitingChars >= WRITE_AT ? this.write() : undefined;
  }

  private line(): void {
    if (this.rows.length === 0) return;
    const text = `${JSON.stringify([this.rows, this.values])}\n`;
    this.rows = [];
    this.values = [];
    this.waiting.push(text);
    this.waitingChars += text.length;
  }

  private async write(): Promise<void> {
    if (this.waiting.length === 0) return;
    const text = this.waiting.join('');
    this.waiting = [];
    this.waitingChars = 0;
    await this.handle.write(text);
  }

  /** The rows added, in order; adding ends with the first call. */
  async *read(): AsyncIterable<ReadRow> {
    if (!this.written) {
      this.line();
      await this.write();
      await this.handle.close();
      this.written = true;
    }
    let rest = '';
    for await (const chunk of fs.createReadStream(this.file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const text = rest + (chunk as string);
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        const [rows, values] = JSON.parse(text.slice(start, end)) as [number[], unknown[]];
        for (let i = 0; i < rows.length; i++) yield { row: rows[i] as number, values: values[i] };
        start = end + 1;
      }
      rest = text.slice(start);
    }
    if (rest !== '') throw new Error('The rows kept aside for the save end part-way through a line.');
  }

  /** Deletes the file (whatever state it is in). */
  async remove(): Promise<void> {
    if (!this.written) {
      this.written = true;
      await this.handle.close().catch(() => undefined);
    }
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}
