type Decoder = { decode(bytes: Uint8Array): string };
/** The platform's TextDecoder (browsers, Node), typed here because core has no DOM types. */
const TextDecoderOf = () => (globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder }).TextDecoder;

/**
 * Bytes → text, where a fetched body is decoded. UTF-8 first (a byte-order mark dropped); bytes that
 * are not valid UTF-8 are read as Windows-1252, the encoding of CDE's 2017 and 2018 ELPI download
 * files (0xF1 "ñ" in school names) [../shared/reference/dashboard-real-rows.md]. Without this,
 * `Response.text()` would turn those names into "�".
 */
export function decodeBytes(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const TextDecoder = TextDecoderOf();
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(view);
  } catch {
    return new TextDecoder('windows-1252').decode(view);
  }
}

/** A response body as text: from its bytes when it offers them (so the encoding is ours to decide), else its own text. */
export async function readBody(response: { text(): Promise<string>; arrayBuffer?: () => Promise<ArrayBuffer> }): Promise<string> {
  return typeof response.arrayBuffer === 'function' ? decodeBytes(await response.arrayBuffer()) : response.text();
}

/** A body's byte stream, typed here because core has no DOM types. */
export interface ByteStream {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> };
}

export interface StreamOptions {
  /** The body's length in bytes when the server said it (Content-Length), for progress. */
  length?: number;
  /** Called as chunks arrive with the fraction read (0–1), or null when the length is unknown. */
  onProgress?: (fraction: number | null) => void;
  /**
   * Called with the first chunk's text: return a number to count the body's non-blank lines while
   * reading, and stop (`onTooManyLines` throws) as soon as more than that many have ended.
   */
  lineLimit?: (head: string) => number | null;
  /** Throws the message for a body past `lineLimit` (reading stops there). */
  onTooManyLines?: () => never;
}

/**
 * Reads a byte stream to text (decoded as `decodeBytes` does), chunk by chunk: progress as it goes,
 * and, for CSV, a count of non-blank lines that ends the read as soon as the row limit is passed
 * instead of holding the whole file first. A line of spaces, tabs, CR or no-break spaces (bytes
 * C2 A0) is blank, as `skipBlankLines` reads it, so the count never exceeds the rows the parser would find.
 */
export async function readStream(body: ByteStream, options: StreamOptions = {}): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let limit: number | null | undefined;
  let lines = 0;
  let blank = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    chunks.push(value);
    size += value.length;
    if (limit === undefined) limit = options.lineLimit ? options.lineLimit(decodeBytes(value.subarray(0, 4096))) : null;
    if (limit !== null) {
      for (let i = 0; i < value.length; i++) {
        const b = value[i]!;
        if (b === 10) {
          if (!blank) lines++;
          blank = true;
        } else if (blank && b !== 32 && b !== 9 && b !== 13 && b !== 0xc2 && b !== 0xa0) blank = false;
      }
      if (lines > limit) {
        await reader.cancel().catch(() => {});
        options.onTooManyLines?.();
      }
    }
    options.onProgress?.(options.length ? Math.min(1, size / options.length) : null);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) all.set(chunk, at), (at += chunk.length);
  chunks.length = 0;
  return decodeBytes(all);
}
