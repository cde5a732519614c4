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
