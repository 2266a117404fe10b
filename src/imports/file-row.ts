/** One record of the file: its row number as a spreadsheet shows it (header = 1) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

/** The file cannot be read as CSV or XLSX; `row` is where reading stopped, as a spreadsheet numbers rows. */
export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}
