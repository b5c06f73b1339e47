// Turns the bytes of a spreadsheet export into text. Excel saves "CSV" in the Windows code page of the
// computer (Windows-1252 in Western Europe), "CSV UTF-8" in UTF-8 with a byte order mark, and "Unicode
// text" in UTF-16 with tabs. Pure: runs in Node and in the browser (TextDecoder).

/** What to tell someone whose file cannot be read as text. */
const SAVE_AS_UTF8 =
  'In Excel: File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)". In LibreOffice: File › Save As › "Text CSV", then Character set "Unicode (UTF-8)".';

export class InputError extends Error {}

const REPLACEMENT = '\uFFFD';

/** Bytes of a ZIP archive: an .xlsx or .ods workbook, not a CSV export. */
const isZip = (b) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** UTF-16 without a byte order mark: most ASCII characters then have a zero byte beside them. */
function utf16Without(bytes) {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** A line and column for a character offset, for messages. */
function lineOf(text, at) {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/**
 * The text of a spreadsheet export, and notes about how it was read.
 * UTF-8 (with or without BOM) and UTF-16 (with or without BOM) are read as they are; bytes that are not
 * UTF-8 are read as Windows-1252, with a note naming the file. A file that is none of these (a workbook,
 * control characters, U+FFFD already in it) is refused with an InputError saying how to save it.
 * @param {Uint8Array} bytes
 * @param {string} file the file name, for messages
 * @returns {{ text: string, encoding: string, notes: string[] }}
 */
export function decodeText(bytes, file) {
  if (isZip(bytes)) {
    throw new InputError(`${file} is a workbook (.xlsx or .ods), not a CSV file. Save each sheet as CSV: ${SAVE_AS_UTF8}`);
  }
  let encoding;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, start] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else encoding = utf16Without(bytes);
  const notes = [];
  let text;
  if (encoding) {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
    } catch {
      throw new InputError(`${file} starts like ${encoding.toUpperCase()} text but is not. ${SAVE_AS_UTF8}`);
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      notes.push(
        `${file} is not UTF-8; it was read as Windows-1252 (what Excel saves as "CSV" in Western Europe). Check that accented letters look right, or save it as "CSV UTF-8" next time. ${SAVE_AS_UTF8}`,
      );
    }
  }
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.exec(text);
  if (control) {
    const { line, column } = lineOf(text, control.index);
    throw new InputError(`${file} is not a text file (a control character at line ${line}, column ${column}). ${SAVE_AS_UTF8}`);
  }
  const broken = text.indexOf(REPLACEMENT);
  if (broken >= 0) {
    const { line, column } = lineOf(text, broken);
    throw new InputError(
      `${file} contains "${REPLACEMENT}" at line ${line}, column ${column}: a character was lost when the file was saved earlier. Retype it, then save the file as "CSV UTF-8". ${SAVE_AS_UTF8}`,
    );
  }
  return { text, encoding, notes };
}
