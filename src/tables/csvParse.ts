// Reading a CSV into a table. papaparse splits the records; a TableBuilder checks them one at a time
// (the header, ragged rows, the row and column limits), so a file that is too long or too wide is
// stopped as soon as it shows it, not after every row is in memory. csv.worker.ts runs this on a
// file, off the page's thread; parseCsv(text) is the same path for a string.

import Papa from 'papaparse';
import { CSV_MAX_COLUMNS, CSV_MAX_ROWS, checkCsvSize, columnLetter, fail, isBlank, isMissing, isNumber, preview, type CsvResult, type CsvTable, type TableError } from './csv.ts';

export interface ParseCsvOptions {
  maxBytes?: number;
  maxRows?: number;
  maxColumns?: number;
}

/** What a reader learns besides the rows: which columns hold numbers, and what it had to reinterpret. */
export interface TableSummary {
  columns: string[];
  numericColumns: boolean[];
  /** At least nine in ten of the column's values are numbers: it is meant to hold numbers. */
  mostlyNumeric: boolean[];
  /** Sentences for the learner about how the file was read (its encoding, decimal commas). */
  notices: string[];
}

/** A decimal written with a comma, optionally with dots between thousands: "3,5", "-0,25", "1.234,5". */
const DECIMAL_COMMA = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?,\d+(?:[eE][+-]?\d+)?$/;

/** Checks records as they come and keeps the data rows; the header is record 0 (spreadsheet row 1). */
export class TableBuilder {
  private header: string[] | null = null;
  private rows: string[][] = [];
  private rowNumbers: number[] = [];
  private rowCount = 0;
  private values = new Uint32Array(0);
  private numbers = new Uint32Array(0);
  private decimalCommas = 0;
  private decimalExample = '';

  constructor(
    private readonly limits: { maxRows: number; maxColumns: number },
    /** Semicolon- and tab-separated files from European spreadsheets write 3,5 for 3.5. */
    private readonly decimalComma: boolean,
  ) {}

  get rowsSoFar(): number {
    return this.rowCount;
  }

  /** Takes record `index` (0-based, blank lines included); returns the error to stop at, or null. */
  add(record: string[], index: number): TableError | null {
    if (this.header === null) return this.addHeader(record);
    // Blank lines, and rows of empty cells (",,,") that spreadsheets export after the data, carry nothing.
    if (isBlank(record)) return null;
    const header = this.header;
    const row = index + 1;
    if (record.length !== header.length) {
      const values = record.length === 1 ? '1 value' : `${record.length.toLocaleString('en')} values`;
      const missing = record.length < header.length ? header[record.length] : undefined;
      const columns = header.length === 1 ? '1 column' : `${header.length} columns`;
      return fail(`Row ${row} has ${values}; the header has ${columns}.`, row, missing).error;
    }
    if (this.rowCount === this.limits.maxRows) {
      const max = this.limits.maxRows.toLocaleString('en');
      return fail(`This file has more than ${max} rows; Layerlab handles up to ${max} in the browser.`, row).error;
    }
    const cells = new Array<string>(record.length);
    for (let j = 0; j < record.length; j++) {
      let cell = record[j].trim();
      if (this.decimalComma && DECIMAL_COMMA.test(cell)) {
        if (this.decimalCommas++ === 0) this.decimalExample = cell;
        cell = cell.replace(/\./g, '').replace(',', '.');
      }
      cells[j] = cell;
      if (isMissing(cell)) continue;
      this.values[j]++;
      if (isNumber(cell)) this.numbers[j]++;
    }
    this.rows.push(cells);
    this.rowNumbers.push(row);
    this.rowCount++;
    return null;
  }

  private addHeader(record: string[]): TableError | null {
    const header = record.map((c) => c.trim());
    if (isBlank(header)) return fail('Row 1 is empty. The first row should name the columns.', 1).error;
    if (header.length > this.limits.maxColumns) {
      return fail(`This file has ${header.length.toLocaleString('en')} columns; Layerlab handles up to ${this.limits.maxColumns.toLocaleString('en')}.`, 1).error;
    }
    if (header.every((c) => c === '' || isNumber(c))) {
      return fail(`The first row should name the columns, but it looks like data (${preview(header)}). Add a row of column names at the top.`, 1).error;
    }
    const seen = new Map<string, number>();
    for (let j = 0; j < header.length; j++) {
      const name = header[j];
      if (name === '') return fail(`Column ${j + 1} (${columnLetter(j)}) has no name. The first row should name every column.`, 1).error;
      const first = seen.get(name);
      if (first !== undefined) {
        return fail(`Two columns are named '${name}' (columns ${columnLetter(first)} and ${columnLetter(j)}). Give each column its own name.`, 1, name).error;
      }
      seen.set(name, j);
    }
    this.header = header;
    this.values = new Uint32Array(header.length);
    this.numbers = new Uint32Array(header.length);
    return null;
  }

  /** The rows added since the last call (a reader hands them on in batches). */
  takeRows(): { rows: string[][]; rowNumbers: number[] } {
    const taken = { rows: this.rows, rowNumbers: this.rowNumbers };
    this.rows = [];
    this.rowNumbers = [];
    return taken;
  }

  /** After the last record: the summary, or what is wrong with the file as a whole. */
  finish(encodingNotice: string | null): { ok: true; summary: TableSummary } | { ok: false; error: TableError } {
    if (this.header === null) return fail('The file is empty.');
    if (this.rowCount === 0) return fail('The file has a header row but no data under it.', 2);
    const notices = encodingNotice ? [encodingNotice] : [];
    if (this.decimalCommas > 0) {
      const n = this.decimalCommas.toLocaleString('en');
      const read = this.decimalExample.replace(/\./g, '').replace(',', '.');
      notices.push(
        `This file writes decimals with a comma (like ${this.decimalExample}); ${n} ${this.decimalCommas === 1 ? 'value was' : 'values were'} read with a dot (${read}).`,
      );
    }
    const columns = this.header;
    return {
      ok: true,
      summary: {
        columns,
        numericColumns: columns.map((_, j) => this.values[j] > 0 && this.numbers[j] === this.values[j]),
        mostlyNumeric: columns.map((_, j) => this.values[j] > 0 && this.numbers[j] / this.values[j] >= 0.9),
        notices,
      },
    };
  }
}

export interface StreamCallbacks {
  /** Characters of the text read so far, and data rows kept. */
  onProgress?(chars: number, rows: number): void;
  /** A batch of checked rows, in order. */
  onRows?(rows: string[][], rowNumbers: number[]): void;
  /** Characters per papaparse chunk; smaller chunks mean more frequent progress. */
  chunkSize?: number;
}

/** Parses decoded text record by record, stopping at the first problem. */
export function parseCsvText(
  text: string,
  opts: ParseCsvOptions & StreamCallbacks & { encodingNotice?: string | null } = {},
): { ok: true; summary: TableSummary } | { ok: false; error: TableError } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');
  // Papa guesses the delimiter (comma, semicolon, tab...) well only when blank lines are skipped. The real parse
  // keeps blank lines so that record i is spreadsheet row i + 1.
  const { delimiter } = Papa.parse<string[]>(body.slice(0, 65_536), { preview: 10, skipEmptyLines: 'greedy' }).meta;
  const builder = new TableBuilder({ maxRows: opts.maxRows ?? CSV_MAX_ROWS, maxColumns: opts.maxColumns ?? CSV_MAX_COLUMNS }, delimiter !== ',');
  let index = 0;
  let stopped = null as TableError | null;
  // A string streams in chunks too (and synchronously): papaparse's types only admit that for files.
  const config = {
    delimiter,
    skipEmptyLines: false,
    chunkSize: opts.chunkSize ?? 1 << 18,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      const records = results.data;
      const upTo = quoteError ? Math.min(records.length, quoteError.row ?? 0) : records.length;
      for (let i = 0; i < upTo && !stopped; i++) stopped = builder.add(records[i], index + i);
      if (!stopped && quoteError) {
        const row = index + (quoteError.row ?? 0) + 1;
        const what =
          quoteError.code === 'MissingQuotes' ? 'a quoted value starts here but its closing quote (") is missing' : 'a quote (") inside a quoted value must be written twice ("")';
        stopped = fail(`Row ${row}: ${what}.`, row).error;
      }
      index += records.length;
      if (stopped) {
        parser.abort();
        return;
      }
      const taken = opts.onRows ? builder.takeRows() : null;
      if (taken && taken.rows.length > 0) opts.onRows!(taken.rows, taken.rowNumbers);
      opts.onProgress?.(results.meta.cursor, builder.rowsSoFar);
    },
  };
  Papa.parse<string[]>(body, config as Papa.ParseConfig<string[]>);
  if (stopped) return { ok: false, error: stopped };
  return builder.finish(opts.encodingNotice ?? null);
}

/** A whole CSV held in a string, read the same way a file is. */
export function parseCsv(text: string, opts: ParseCsvOptions = {}): CsvResult {
  const tooLarge = checkCsvSize(utf8Length(text), opts.maxBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const result = parseCsvText(text, {
    ...opts,
    onRows: (batch, numbers) => {
      for (let i = 0; i < batch.length; i++) {
        rows.push(batch[i]);
        rowNumbers.push(numbers[i]);
      }
    },
  });
  if (!result.ok) return result;
  const { columns, numericColumns } = result.summary;
  const table: CsvTable = { columns, rows, rowNumbers, numericColumns };
  return { ok: true, table };
}

/**
 * Bytes to text. Spreadsheets save UTF-8 today, but older Excel and Windows tools write Windows-1252
 * ("café" as one byte é), which UTF-8 would show as "caf�" without a word. UTF-16 comes with a byte-order mark.
 */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string; notice: string | null } | { ok: false; error: TableError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: true, text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), notice: null };
  }
  // A text file has no NUL bytes; an image, a spreadsheet (.xlsx is a zip) or a program has many.
  if (bytes.subarray(0, 65_536).includes(0)) {
    return fail('This file is not text: it holds binary data. Save the table from your spreadsheet as CSV and choose that file.');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: null };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      notice: 'This file is not UTF-8; read it as Western (Windows-1252). If some letters look wrong, save it from your spreadsheet as “CSV UTF-8” and choose it again.',
    };
  }
}

/** The file's size on disk, for a text already decoded from UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4; // a surrogate pair: one character beyond the Basic Multilingual Plane
      i++;
    } else bytes += 3;
  }
  return bytes;
}
