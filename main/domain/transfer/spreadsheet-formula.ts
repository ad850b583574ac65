/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets read a cell that starts with
 * `=`, `+`, `-` or `@` as a formula, so a client record holding `=HYPERLINK(...)` would run when
 * the worker opens an export. OWASP's CSV-injection advice also guards a leading tab and carriage
 * return, and prefixes such cells with `'`, the spreadsheet's "this is text" marker.
 *
 * There is no exception for phone numbers: `+31 6 12345678` unguarded is a formula to Excel, which
 * shows #NAME? or turns `+31612345678` into the number 31612345678, losing the `+`; and a pattern
 * that "looks like a phone" would be the hole an attacker aims for. With the `'` the number stays
 * text, exactly as typed, so the worker can read and dial it (a program that shows the raw text
 * shows the `'` too, which is the lesser harm).
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Whether the value, after any apostrophes, starts like a formula. Values that already begin with
 * `'` and then a formula start (`'=x`) get guarded too, so reading the file back is exact.
 */
function startsLikeFormula(value: string): boolean {
  let i = 0;
  while (value.charAt(i) === "'") i++;
  return formulaStarts.has(value.charAt(i));
}

export function neutraliseFormula(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}

/**
 * Undoes `neutraliseFormula` when a file comes back in: the `'` goes only where it guards a
 * formula start, so names like `'t Hart` and places like `'s-Hertogenbosch` keep theirs.
 */
export function restoreNeutralised(value: string): string {
  return value.charAt(0) === "'" && startsLikeFormula(value) ? value.slice(1) : value;
}
