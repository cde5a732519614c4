/**
 * The SQL that turns one CDE download file into rows of the long table (entity × group ×
 * indicator × year). Every column is read as text (`all_varchar`-style: one VARCHAR per header
 * column, named by position), then normalised here: the CDS code padded to 14 digits, numbers
 * parsed with "*" (CDE's privacy mark) and blanks as null, and the first problem of each row
 * named in words (`problem`), so bad rows are counted and reported rather than failing the file.
 */
import type { ScannedFile } from './scan.js';

/** Quotes a string for SQL. */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Macros the row SQL uses; created once per connection. */
export const MACROS = `
CREATE OR REPLACE MACRO ok_blank(x) AS (x IS NULL OR trim(x) IN ('', '*'));
CREATE OR REPLACE MACRO num(x) AS (CASE WHEN ok_blank(x) THEN NULL ELSE TRY_CAST(trim(x) AS DOUBLE) END);
CREATE OR REPLACE MACRO bad_num(x) AS (NOT ok_blank(x) AND TRY_CAST(trim(x) AS DOUBLE) IS NULL);
CREATE OR REPLACE MACRO code(x) AS (CASE WHEN ok_blank(x) THEN NULL ELSE TRY_CAST(trim(x) AS TINYINT) END);
CREATE OR REPLACE MACRO bad_code(x) AS (NOT ok_blank(x) AND coalesce(TRY_CAST(trim(x) AS TINYINT) NOT BETWEEN 0 AND 5, true));
CREATE OR REPLACE MACRO flag(x) AS (upper(trim(coalesce(x, ''))) = 'Y');
`;

/** The long table: one row per entity × group × indicator × year, and the file it came from. */
export const CREATE_LONG = `
CREATE OR REPLACE TABLE long (
  file USMALLINT, cds VARCHAR, rtype VARCHAR, name VARCHAR, countyname VARCHAR, districtname VARCHAR,
  ind VARCHAR, yr VARCHAR, grp VARCHAR, n DOUBLE, pn DOUBLE, st DOUBLE, ch DOUBLE,
  sl TINYINT, cl TINYINT, col TINYINT, star BOOLEAN, hs BOOLEAN, stype VARCHAR,
  charter BOOLEAN, coe BOOLEAN, dass BOOLEAN, problem VARCHAR
);
`;

/** The columns of a file as DuckDB reads them: every one a VARCHAR, named c0, c1 … by position. */
function columnsArg(file: ScannedFile): string {
  return `{${file.columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
}

/** `read_csv` of one file, exactly its header's columns, rows that do not fit stored as rejects. */
export function readCsv(file: ScannedFile, path: string, tag: string): string {
  const quote = file.delimiter === ',' ? `quote='"', escape='"'` : `quote=''`;
  return `read_csv(${lit(path)}, columns=${columnsArg(file)}, header=true, auto_detect=false, delim=${lit(file.delimiter)}, ${quote},
    store_rejects=true, rejects_table='rejects_${tag}', rejects_scan='rejects_scan_${tag}', max_line_size=1048576)`;
}

/** The normalising SELECT for one file (its columns looked up by name in its header). */
export function normaliseSelect(file: ScannedFile, fileId: number): { select: string; problem: string } {
  const c = (name: string): string => {
    const i = file.columns.indexOf(name);
    return i === -1 ? 'NULL::VARCHAR' : `c${i}`;
  };
  const cdsRaw = `regexp_replace(trim(coalesce(${c('cds')}, '')), '[\\s-]', '', 'g')`;
  const cds = `lpad(${cdsRaw}, 14, '0')`;
  const given = `upper(trim(coalesce(${c('rtype')}, '')))`;
  // rtype from the code when the file has none: all zeros the state, zeros after the county a county, a zero school part an LEA.
  const rtype = `CASE WHEN ${given} <> '' THEN ${given} WHEN ${cds} = '00000000000000' THEN 'X' WHEN substr(${cds}, 3) = '000000000000' THEN 'C' WHEN substr(${cds}, 8) = '0000000' THEN 'D' ELSE 'S' END`;
  const school = `nullif(trim(${c('schoolname')}), '')`;
  const district = `nullif(trim(${c('districtname')}), '')`;
  const county = `nullif(trim(${c('countyname')}), '')`;
  const name = `CASE WHEN ${rtype} = 'S' THEN coalesce(${school}, ${district}, ${county}) WHEN ${rtype} = 'C' THEN coalesce(${county}, ${district}) ELSE coalesce(${district}, ${school}, ${county}) END`;
  const ind = file.indicator ? lit(file.indicator) : `lower(trim(coalesce(${c('indicator')}, '')))`;
  const yrCol = `lower(trim(coalesce(${c('reportingyear')}, '')))`;
  const fromName = file.year ? lit(file.year) : 'NULL';
  const yr = file.columns.includes('reportingyear') ? `coalesce(nullif(${yrCol}, ''), ${fromName})` : fromName;
  const grp = file.columns.includes('studentgroup') ? `upper(trim(coalesce(${c('studentgroup')}, '')))` : `'EL'`;
  const star = `(trim(coalesce(${c('currstatus')}, '')) = '*' OR trim(coalesce(${c('currdenom')}, '')) = '*')`;
  const numbers = ['currdenom', 'priordenom', 'currstatus', 'change'];
  const codes = ['statuslevel', 'changelevel', 'color'];
  const shown = (col: string) => `'“' || ${c(col)} || '”'`;
  const problem = [
    `WHEN NOT regexp_full_match(${cdsRaw}, '[0-9]{1,14}') THEN 'cds ' || coalesce(${shown('cds')}, 'blank') || ' is not a CDS code'`,
    `WHEN ${rtype} NOT IN ('X', 'C', 'D', 'S') THEN 'rtype ' || ${shown('rtype')} || ' is not X, C, D or S'`,
    `WHEN ${grp} = '' THEN 'studentgroup is blank'`,
    `WHEN ${ind} NOT IN ('ela', 'math', 'elpi', 'grad', 'chronic', 'susp', 'cci') THEN 'indicator ' || coalesce('“' || ${ind} || '”', 'blank') || ' is not one of ela, math, elpi, grad, chronic, susp, cci'`,
    `WHEN ${yr} IS NULL OR NOT regexp_full_match(${yr}, '20[0-9][0-9]f?') THEN 'reportingyear ' || coalesce('“' || ${c('reportingyear')} || '”', 'blank') || ' is not a Dashboard year'`,
    ...numbers.map((col) => `WHEN bad_num(${c(col)}) THEN '${col} ' || ${shown(col)} || ' is not a number'`),
    ...codes.map((col) => `WHEN bad_code(${c(col)}) THEN '${col} ' || ${shown(col)} || ' is not a code 0–5'`),
  ];
  const problemExpr = `CASE ${problem.join('\n    ')} ELSE NULL END`;
  const select = `SELECT ${fileId}::USMALLINT AS file, ${cds} AS cds, ${rtype} AS rtype, ${name} AS name, ${county} AS countyname, ${district} AS districtname,
    ${ind} AS ind, ${yr} AS yr, ${grp} AS grp,
    num(${c('currdenom')}) AS n, num(${c('priordenom')}) AS pn, num(${c('currstatus')}) AS st, num(${c('change')}) AS ch,
    code(${c('statuslevel')}) AS sl, code(${c('changelevel')}) AS cl, code(${c('color')}) AS col, ${star} AS star,
    flag(${c('hscutpoints')}) AS hs, nullif(upper(trim(${c('type')})), '') AS stype,
    flag(${c('charter_flag')}) AS charter, flag(${c('coe_flag')}) AS coe, flag(${c('dass_flag')}) AS dass`;
  return { select, problem: problemExpr };
}
