/**
 * Scanning the input folder before DuckDB reads it: each file's hash (for the manifest), its
 * header, delimiter, encoding, indicator and year, and the problems that make it unreadable.
 * A bad file is reported by name (and row, where there is one) and left out; the others go on.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CountyIndicator } from '@outcome-kit/core';

/** One problem with a file or a row, in words, with where it is. */
export interface FileProblem {
  file: string;
  /** The row as a spreadsheet counts it (the header is row 1); absent for the file as a whole. */
  row?: number;
  reason: string;
}

/** What the scan found in one file. */
export interface ScannedFile {
  /** The file's name (as reported). */
  name: string;
  path: string;
  /** sha256 of its bytes. */
  hash: string;
  bytes: number;
  /** Lower-cased column names, in order. */
  columns: string[];
  delimiter: '\t' | ',';
  /** The file is not UTF-8: it is read as Windows-1252 (the text DuckDB reads is transcoded). */
  windows1252: boolean;
  /** From the file name or an `indicator` column (null = from the column, row by row). */
  indicator: CountyIndicator | null;
  /** From the file name, when there is no `reportingyear` column. */
  year: string | null;
  /** Problems that leave the whole file out; empty = readable. */
  fatal: FileProblem[];
  /** Notes that do not leave it out (encoding). */
  warnings: FileProblem[];
}

/** File names the publish reads: CDE's .txt (tab-delimited) and .csv / .tsv. */
const DATA_FILE = /\.(txt|csv|tsv)$/i;

/** Indicator names in CDE's file names (eladownload2024.txt, ELA_2024.txt, SUSPENSION_2024.txt …). */
const NAME_INDICATORS: [RegExp, CountyIndicator][] = [
  [/chronic/i, 'chronic'],
  [/susp/i, 'susp'],
  [/elpi/i, 'elpi'],
  [/grad/i, 'grad'],
  [/cci/i, 'cci'],
  [/math/i, 'math'],
  [/ela/i, 'ela'],
];

/** The indicator a file name names, if any. */
export function indicatorFromName(name: string): CountyIndicator | null {
  const stem = basename(name).replace(/\.[^.]+$/, '');
  for (const [re, id] of NAME_INDICATORS) if (re.test(stem)) return id;
  return null;
}

/** The Dashboard year a file name names (`2024`, `2017f`), if any. */
export function yearFromName(name: string): string | null {
  const m = /(20\d\d)(f)?(?![0-9])/i.exec(basename(name));
  return m ? `${m[1]}${m[2] ? 'f' : ''}` : null;
}

/** The byte offset of the first invalid UTF-8 sequence (the buffer is known not to be UTF-8). */
function firstBadUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > buf.length) return i;
    for (let k = 1; k < len; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** The row (header = 1) a byte offset falls in. */
function rowAt(buf: Buffer, offset: number): number {
  let row = 1;
  for (let i = buf.indexOf(10); i !== -1 && i < offset; i = buf.indexOf(10, i + 1)) row++;
  return row;
}

/** The columns of a header line, lower-cased, quotes and a BOM removed. */
function headerColumns(line: string, delimiter: string): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split(delimiter)
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

/** Columns every Dashboard file has (ELPI 2017 has no studentgroup: all its rows are EL). */
const REQUIRED = ['cds', 'currstatus', 'currdenom'];

/** Scans one file's bytes. */
export function scanBytes(name: string, path: string, buf: Buffer): ScannedFile {
  const hash = createHash('sha256').update(buf).digest('hex');
  const fatal: FileProblem[] = [];
  const warnings: FileProblem[] = [];
  const windows1252 = !isUtf8(buf);
  if (windows1252) {
    const at = firstBadUtf8(buf);
    warnings.push({ file: name, row: rowAt(buf, at), reason: `not UTF-8 (byte 0x${buf[at]!.toString(16).toUpperCase()}): read as Windows-1252` });
  }
  const text = windows1252 ? new TextDecoder('windows-1252').decode(buf.subarray(0, 65536)) : buf.subarray(0, 65536).toString('utf8');
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  const delimiter = first.includes('\t') ? '\t' : ',';
  const columns = headerColumns(first, delimiter);
  const base: ScannedFile = { name, path, hash, bytes: buf.length, columns, delimiter, windows1252, indicator: null, year: null, fatal, warnings };
  if (buf.length === 0) {
    fatal.push({ file: name, reason: 'the file is empty' });
    return base;
  }
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) {
    fatal.push({ file: name, row: 1, reason: `not a Dashboard download file: no column ${missing.map((c) => `“${c}”`).join(', ')} in the header (row 1)` });
    return base;
  }
  base.indicator = columns.includes('indicator') ? null : indicatorFromName(name);
  if (!columns.includes('indicator') && !base.indicator) {
    fatal.push({ file: name, reason: 'cannot tell which indicator it holds: name it as CDE does (eladownload2024.txt, chronicdownload2024.txt …) or add an “indicator” column' });
  }
  base.year = yearFromName(name);
  if (!columns.includes('reportingyear') && !base.year) {
    fatal.push({ file: name, reason: 'cannot tell the Dashboard year: it has no “reportingyear” column and its name has no year (e.g. eladownload2024.txt)' });
  }
  if (end === -1 || buf.indexOf(10, end + 1) === -1) {
    if (buf.subarray(end + 1).toString('utf8').trim() === '') fatal.push({ file: name, reason: 'the file has a header but no rows' });
  }
  return base;
}

/** Lists and scans every data file of a folder (sorted by name, so runs are repeatable). */
export async function scanFolder(dir: string): Promise<ScannedFile[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && DATA_FILE.test(d.name))
    .map((d) => d.name)
    .sort();
  const out: ScannedFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    out.push(scanBytes(name, path, await readFile(path)));
  }
  return out;
}
