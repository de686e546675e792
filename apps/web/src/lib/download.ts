/** Saves a Blob as a file through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value).normalize('NFC');
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A CSV file Excel opens correctly with Vietnamese text: UTF-8 with a BOM, CRLF line ends. */
export function csvBlob(rows: (string | number | null | undefined)[][]): Blob {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' });
}
