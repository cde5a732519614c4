/** One record as loaded, before validation: field name → raw value. */
export type RawRow = Record<string, unknown>;

/** What `load` produces: the parsed value and how to count its rows the way the user does. */
export interface Loaded {
  /** The parsed data: an array of rows for tables, or any JSON value (e.g. a theory-of-action document). */
  value: unknown;
  /** Where it came from. */
  format: 'objects' | 'json' | 'csv';
  /** The row number the user sees for the first data row: 2 for CSV (header is row 1), 1 otherwise. */
  firstRow: number;
}

/** Options for loading from a URL. */
export interface UrlOptions {
  /** Give up after this many milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Abort from outside, e.g. when a newer `src` replaces this one. */
  signal?: AbortSignal;
  /** The fetch to use (default: the global one). */
  fetch?: FetchLike;
  /** Told the fraction of the body read (0–1), or null when its length is unknown, as it arrives. */
  onProgress?: (fraction: number | null) => void;
}

/** The part of `fetch` Outcome Kit uses, so core needs no DOM types. */
export type FetchLike = (
  url: string,
  init: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** The body's bytes: when present, Outcome Kit decodes them (UTF-8, else Windows-1252). */
  arrayBuffer?(): Promise<ArrayBuffer>;
}>;
