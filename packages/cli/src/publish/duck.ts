/**
 * DuckDB's part of the publish: every readable file into one long table (entity × group ×
 * indicator × year), with the rows that do not fit (wrong number of columns, a number that is
 * not one, a code outside 0–5 …) counted and named by file and row; then the table streamed back
 * in CDS order, one county at a time.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { CREATE_LONG, MACROS, lit, normaliseSelect, readCsv } from './sql.js';
import type { FileProblem, ScannedFile } from './scan.js';

/** Rows DuckDB read and rejected, overall and by file. */
export interface LoadResult {
  rowsRead: number;
  rowsRejected: number;
  /** reason (without the value) → how many rows. */
  byReason: Map<string, number>;
  /** The first rejected rows of each file, by name and row (at most `EXAMPLES` a file). */
  examples: FileProblem[];
  /** Files DuckDB could not read at all. */
  failed: FileProblem[];
  /** Rows left out because an earlier file had the same entity, group, indicator and year. */
  duplicates: number;
}

const EXAMPLES = 20;

/** Opens an in-memory DuckDB with a memory cap (it spills to `tmp` beyond it). */
export async function openDuck(tmp: string, threads?: number): Promise<DuckDBConnection> {
  const options: Record<string, string> = { memory_limit: '1GB', temp_directory: tmp, preserve_insertion_order: 'true' };
  if (threads) options.threads = String(threads);
  const db = await DuckDBInstance.create(':memory:', options);
  const conn = await db.connect();
  await conn.run(MACROS);
  await conn.run(CREATE_LONG);
  return conn;
}

const scalar = async (conn: DuckDBConnection, sql: string): Promise<number> => Number((await conn.runAndReadAll(sql)).getRows()[0]?.[0] ?? 0);

/** A reason without its quoted value, for the summary's counts ("currstatus “x” is not a number" → "currstatus is not a number"). */
const reasonKind = (reason: string) => reason.replace(/ “[^”]*”/g, '').replace(/ blank/g, '');

/** The row number (header = 1) of the `rn`-th accepted row, given the rows the parser rejected. */
function lineOf(rn: number, rejectedLines: number[]): number {
  let line = rn + 1;
  for (const l of rejectedLines) if (l <= line) line++;
  return line;
}

/** Reads one file into `long`; returns its counts. Throws what DuckDB throws for an unreadable file. */
async function loadFile(conn: DuckDBConnection, file: ScannedFile, fileId: number, tmp: string, out: LoadResult): Promise<void> {
  let path = file.path;
  if (file.windows1252) {
    const { readFile } = await import('node:fs/promises');
    path = join(tmp, `${fileId}.utf8.txt`);
    await writeFile(path, new TextDecoder('windows-1252').decode(await readFile(file.path)));
  }
  const { select, problem } = normaliseSelect(file, fileId);
  const source = readCsv(file, path, fileId);
  await conn.run(`CREATE OR REPLACE TEMP TABLE staged AS ${select}, ${problem} AS problem FROM ${source}`);
  await conn.run(`INSERT INTO long SELECT * EXCLUDE (problem) FROM staged WHERE problem IS NULL`);
  const accepted = await scalar(conn, `SELECT count(*) FROM staged`);
  const bad = await scalar(conn, `SELECT count(*) FROM staged WHERE problem IS NOT NULL`);
  const parser = (await conn.runAndReadAll(`SELECT line, arg_min(error_type, column_idx), arg_min(error_message, column_idx) FROM rejects_${fileId} GROUP BY line ORDER BY line`)).getRows();
  await conn.run(`DROP TABLE staged`);
  out.rowsRead += accepted + parser.length;
  out.rowsRejected += bad + parser.length;
  let shown = 0;
  for (const [line, type, message] of parser) {
    const reason = type === 'MISSING COLUMNS' ? `too few columns (${message}): a truncated or cut row` : type === 'TOO MANY COLUMNS' ? `too many columns (${message})` : `${String(type).toLowerCase()}: ${message}`;
    out.byReason.set(reasonKind(reason).replace(/ \(.*\)/, ''), (out.byReason.get(reasonKind(reason).replace(/ \(.*\)/, '')) ?? 0) + 1);
    if (shown++ < EXAMPLES) out.examples.push({ file: file.name, row: Number(line), reason });
  }
  if (bad > 0) {
    // Only a file with bad rows is read again, numbered, to say where they are.
    const lines = parser.map(([line]) => Number(line));
    const found = await conn.runAndReadAll(`SELECT rn, problem FROM (SELECT row_number() OVER () AS rn, ${problem} AS problem FROM ${readCsv(file, path, fileId + 10000)}) WHERE problem IS NOT NULL ORDER BY rn`);
    for (const [rn, reason] of found.getRows()) {
      const text = String(reason);
      out.byReason.set(reasonKind(text), (out.byReason.get(reasonKind(text)) ?? 0) + 1);
      if (shown++ < EXAMPLES) out.examples.push({ file: file.name, row: lineOf(Number(rn), lines), reason: text });
    }
  }
}

/** Loads every readable file; a file DuckDB cannot read is reported and the others go on. */
export async function loadFiles(conn: DuckDBConnection, files: ScannedFile[], tmp: string, onFile?: (file: ScannedFile, index: number) => void): Promise<LoadResult> {
  const out: LoadResult = { rowsRead: 0, rowsRejected: 0, byReason: new Map(), examples: [], failed: [], duplicates: 0 };
  for (const [i, file] of files.entries()) {
    onFile?.(file, i);
    try {
      await loadFile(conn, file, i, tmp, out);
    } catch (error) {
      const message = String((error as Error).message ?? error).split('\n')[0];
      out.failed.push({ file: file.name, reason: `DuckDB could not read it: ${message}` });
    }
  }
  // The same entity × group × indicator × year in two files (e.g. eladownload2024.txt and ELA_2024.txt): the first file's row is kept.
  out.duplicates = await scalar(conn, `SELECT count(*) - count(DISTINCT (cds, ind, yr, grp)) FROM long`);
  if (out.duplicates > 0) {
    await conn.run(`DELETE FROM long WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY cds, ind, yr, grp ORDER BY file) AS k FROM long) WHERE k > 1)`);
    out.rowsRejected += out.duplicates;
    out.byReason.set('the same school or district, group, indicator and year as a row of an earlier file', out.duplicates);
  }
  return out;
}

/** The columns streamed back, in this order. */
export const STREAM_COLUMNS = ['cds', 'rtype', 'name', 'countyname', 'districtname', 'ind', 'yr', 'grp', 'n', 'pn', 'st', 'ch', 'sl', 'cl', 'col', 'star', 'hs', 'stype', 'charter', 'coe', 'dass', 'file'] as const;

export type StreamRow = DuckDBValue[];

/** The counties in the table (two-digit codes), with their row counts, optionally only one. */
export async function counties(conn: DuckDBConnection, only: string | null): Promise<{ county: string; rows: number }[]> {
  const where = only ? `WHERE substr(cds, 1, 2) = ${lit(only)}` : `WHERE cds <> '00000000000000'`;
  const rows = (await conn.runAndReadAll(`SELECT substr(cds, 1, 2) AS c, count(*) FROM long ${where} GROUP BY c ORDER BY c`)).getRows();
  return rows.map(([c, n]) => ({ county: String(c), rows: Number(n) }));
}

/** Streams one county's rows (or the state's, county `00`) in CDS, indicator, year, group order, a chunk at a time. */
export async function streamCounty(conn: DuckDBConnection, county: string, onRows: (rows: StreamRow[]) => void): Promise<void> {
  const where = county === '00' ? `cds = '00000000000000'` : `substr(cds, 1, 2) = ${lit(county)}`;
  const result = await conn.stream(`SELECT ${STREAM_COLUMNS.join(', ')} FROM long WHERE ${where} ORDER BY cds, ind, yr, grp`);
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) onRows(chunk.getRows());
}
