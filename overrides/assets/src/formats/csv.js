/* Tables for Dutch Excel: UTF-8 with a BOM (else Excel reads ANSI), ";" between cells (the Dutch list
   separator), CRLF between rows. A cell that starts with = + - @ would run as a formula: it starts with ' instead. */
export function csv(table) {
  const cell = (value) => {
    const text = String(value ?? "").replace(/^[=+\-@\t\r]/, "'$&");
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${table.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}

// "2026-11-27 09:05" in local time: Swedish writes dates the ISO way, and Excel reads that as a date.
export const localTime = (time) => new Date(time).toLocaleString("sv").slice(0, 16);
