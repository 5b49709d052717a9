// The CSV exports' cells and lines.

/** A CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value) {
  const text = String(value ?? '');
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One line of cells, ended as RFC 4180 ends it. */
export const csvLine = (cells) => `${cells.map(csvCell).join(',')}\r\n`;
