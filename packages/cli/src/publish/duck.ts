/**
 * DuckDB's part of the publish: every readable file into one long table (entity × group ×
 * indicator × year), with the rows that do not fit (wrong number of columns, a number that is
 * not one, a code outside 0–5 …) counted and named by file and row; then the table streamed back
 * in CDS order, one county at a time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
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


/** A reason without its quoted value, for the summary's counts ("currstatus “x” is not a number" → "currstatus is not a number"). */
const reasonKind = (reason: string) => reason.replace(/ “[^”]*”/g, '').replace(/ blank/g, '');

/** The row number (header = 1) of the `rn`-th accepted row, given the rows the parser rejected. */
function lineOf(rn: number, rejectedLines: number[]): number {
  let line = rn + 1;
  for (const l of rejectedLines) if (l <= line) line++;
  return line;
}

/** The path DuckDB reads for a file: a UTF-8 copy of a Windows-1252 one. */
async function readablePath(file: ScannedFile, fileId: number, tmp: string): Promise<string> {
  if (!file.windows1252) return file.path;
  const path = join(tmp, `${fileId}.utf8.txt`);
  await writeFile(path, new TextDecoder('windows-1252').decode(await readFile(file.path)));
  return path;
}

/** One file's rows into `long`, each with its first problem (null = good). */
function insertSql(file: ScannedFile, fileId: number, path: string, tag: string): string {
  const { select, problem } = normaliseSelect(file, fileId);
  return `${select}, ${problem} AS problem FROM ${readCsv(file, path, tag)}`;
}

/** Counts the rows read and rejected, and names the first rejected rows of each file by row. */
async function account(conn: DuckDBConnection, files: ScannedFile[], paths: string[], loaded: number[], tags: string[], out: LoadResult): Promise<void> {
  const counts = new Map((await conn.runAndReadAll(`SELECT file, count(*), count(problem) FROM long GROUP BY file`)).getRows().map(([f, all, bad]) => [Number(f), [Number(all), Number(bad)]]));
  for (const i of loaded) {
    const file = files[i]!;
    const [all, bad] = counts.get(i) ?? [0, 0];
    const parser = (await conn.runAndReadAll(`SELECT line, arg_min(error_type, column_idx), arg_min(error_message, column_idx) FROM rejects_${tags[i]} GROUP BY line ORDER BY line`)).getRows();
    out.rowsRead += all + parser.length;
    out.rowsRejected += bad + parser.length;
    let shown = 0;
    for (const [line, type, message] of parser) {
      const kind = type === 'MISSING COLUMNS' ? 'too few columns: a truncated or cut row' : type === 'TOO MANY COLUMNS' ? 'too many columns' : String(type).toLowerCase();
      out.byReason.set(kind, (out.byReason.get(kind) ?? 0) + 1);
      if (shown++ < EXAMPLES) out.examples.push({ file: file.name, row: Number(line), reason: `${kind} (${message})` });
    }
    if (bad > 0) {
      // Only a file with bad rows is read again, numbered, to say where they are.
      const lines = parser.map(([line]) => Number(line));
      const { problem } = normaliseSelect(file, i);
      const found = await conn.runAndReadAll(`SELECT rn, problem FROM (SELECT row_number() OVER () AS rn, ${problem} AS problem FROM ${readCsv(file, paths[i]!, `n${i}`)}) WHERE problem IS NOT NULL ORDER BY rn`);
      for (const [rn, reason] of found.getRows()) {
        const text = String(reason);
        out.byReason.set(reasonKind(text), (out.byReason.get(reasonKind(text)) ?? 0) + 1);
        if (shown++ < EXAMPLES) out.examples.push({ file: file.name, row: lineOf(Number(rn), lines), reason: text });
      }
    }
  }
  if (out.rowsRejected > 0) await conn.run(`DELETE FROM long WHERE problem IS NOT NULL`);
}

/**
 * Loads every readable file in one statement (DuckDB reads them in parallel); when DuckDB cannot
 * read one, file by file, so that file is reported and the others go on.
 */
export async function loadFiles(conn: DuckDBConnection, files: ScannedFile[], tmp: string, onFile?: (what: string, index: number) => void): Promise<LoadResult> {
  const out: LoadResult = { rowsRead: 0, rowsRejected: 0, byReason: new Map(), examples: [], failed: [], duplicates: 0 };
  const paths: string[] = [];
  for (const [i, file] of files.entries()) paths.push(await readablePath(file, i, tmp));
  let loaded = files.map((_, i) => i);
  const tags = files.map((_, i) => `a${i}`);
  if (files.length) {
    onFile?.(files.length === 1 ? files[0]!.name : `${files.length} files at once`, 0);
    try {
      await conn.run(`INSERT INTO long ${files.map((f, i) => insertSql(f, i, paths[i]!, tags[i]!)).join('\nUNION ALL\n')}`);
    } catch {
      loaded = [];
      await conn.run(`DELETE FROM long`);
      for (const [i, file] of files.entries()) {
        onFile?.(`${file.name} (one by one: one of the files is unreadable)`, i);
        tags[i] = `b${i}`;
        try {
          await conn.run(`INSERT INTO long ${insertSql(file, i, paths[i]!, tags[i]!)}`);
          loaded.push(i);
        } catch (error) {
          const message = String((error as Error).message ?? error).split('\n')[0];
          out.failed.push({ file: file.name, reason: `DuckDB could not read it: ${message}` });
        }
      }
    }
  }
  await account(conn, files, paths, loaded, tags, out);
  return out;
}

/** The columns streamed back, in this order. */
export const STREAM_COLUMNS = ['cds', 'rtype', 'name', 'countyname', 'districtname', 'ind', 'yr', 'grp', 'n', 'pn', 'st', 'ch', 'sl', 'cl', 'col', 'star', 'hs', 'stype', 'charter', 'coe', 'dass', 'file'] as const;

/** One streamed row: the STREAM_COLUMNS as text ('' = null; booleans 'true'/'false'). */
export type StreamRow = string[];

/**
 * Streams the table (one county, or every county; the state's rows are not published) in CDS,
 * indicator, year, group order, the earlier file first, a chunk at a time. Each row comes as one
 * tab-joined text split here: one value to cross from DuckDB to JavaScript instead of 22 (half the
 * time of a statewide publish went there).
 */
export async function streamRows(conn: DuckDBConnection, county: string | null, onRows: (rows: StreamRow[]) => void | Promise<void>): Promise<void> {
  const where = county ? `substr(cds, 1, 2) = ${lit(county)}` : `cds <> '00000000000000'`;
  const cols = STREAM_COLUMNS.map((k) => (k === 'name' || k === 'countyname' || k === 'districtname' ? `coalesce(replace(${k}, chr(9), ' '), '')` : `coalesce(${k}::VARCHAR, '')`));
  const result = await conn.stream(`SELECT concat_ws(chr(9), ${cols.join(', ')}) FROM long WHERE ${where} ORDER BY cds, ind, yr, grp, file`);
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const column = chunk.getColumnVector(0);
    const rows: StreamRow[] = new Array(chunk.rowCount);
    for (let i = 0; i < chunk.rowCount; i++) rows[i] = (column.getItem(i) as string).split('\t');
    await onRows(rows);
  }
}
