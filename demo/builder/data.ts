import { readTable, toCsv, withDecimalPoints, type TextTable } from './publish.js';
import { inlineDataText, type InlineData } from './snippets.js';

/** A data file the webmaster chose, dropped or pasted, ready to go inside the element. */
export interface FileData extends InlineData {
  name: string;
  /** The file as a table of text cells (null for JSON that is not a list of rows, like a theory of action). */
  table: TextTable | null;
  /** What the builder did to the file and why (a semicolon file, decimal commas). */
  notes: string[];
}

/** Larger files make the page heavy; past this they belong on the website, not inside the code. */
export const MAX_FILE_BYTES = 1_000_000;

/** Reads a file as text with FileReader. */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** JSON by name or type, else by its first character; everything else is CSV (or tab-separated). */
export function formatOf(name: string, type: string, text: string): 'csv' | 'json' {
  if (/\.json$/i.test(name) || /json/i.test(type)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(name) || /csv|tab-separated/i.test(type)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Reads a chosen or dropped file: its data for the element, or a message saying why not. */
export async function loadFile(file: File): Promise<FileData | { error: string }> {
  if (file.size > MAX_FILE_BYTES) {
    return { error: `“${file.name}” is larger than 1 MB. Put it on your website and give its address instead.` };
  }
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    return { error: `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
  return loadText(file.name, text, file.type);
}

/**
 * Reads data given as text (a file's, or pasted): JSON or CSV, a semicolon file written back with
 * commas and decimal points (and a note saying so), or a message saying why it cannot be used.
 */
export async function loadText(name: string, text: string, type = '', pasted = false): Promise<FileData | { error: string }> {
  /** How messages name the data: a file by its name, pasted text as such. */
  const label = pasted ? 'The pasted data' : `“${name}”`;
  if (!text.trim()) return { error: `${label} is empty.` };
  const format = formatOf(name, type, text);
  let table: TextTable | null;
  try {
    table = await readTable(text, format);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: `${label} could not be read as ${format === 'json' ? 'JSON' : 'a CSV table'}: ${detail.replace(/\.$/, '')}.` };
  }
  const notes: string[] = [];
  let body = text;
  if (table?.delimiter === ';') {
    const fixed = withDecimalPoints(table);
    table = fixed.table;
    body = toCsv(table);
    notes.push(
      `${label} separates its columns with semicolons (;), the way a spreadsheet set to Spanish or another European language saves a CSV file. ` +
        (fixed.changed
          ? `The builder read it that way and wrote its ${fixed.changed} number${fixed.changed === 1 ? '' : 's'} with a decimal comma (12,5) as 12.5, so the chart reads them right. `
          : 'The builder read it that way. ') +
        'The code you copy holds the data with commas.',
    );
  }
  const safe = inlineDataText(body, format);
  if ('error' in safe) return { error: `${label}: ${safe.error}` };
  if (table && !table.rows.length) return { error: `${label} has a header row but no data rows.` };
  return { name, format, text: safe.text, table, notes };
}
