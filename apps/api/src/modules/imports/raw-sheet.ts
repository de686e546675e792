/** One row of a spreadsheet as text cells, with its row number as the spreadsheet shows it. */
export interface RawRow {
  row: number;
  cells: string[];
}
