import { inlineDataText, type InlineData } from './snippets.js';

/** A data file the webmaster chose or dropped, ready to go inside the element. */
export interface FileData extends InlineData {
  name: string;
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
  if (!text.trim()) return { error: `“${file.name}” is empty.` };
  const format = formatOf(file.name, file.type, text);
  const safe = inlineDataText(text, format);
  if ('error' in safe) return { error: `“${file.name}”: ${safe.error}` };
  return { name: file.name, format, text: safe.text };
}
