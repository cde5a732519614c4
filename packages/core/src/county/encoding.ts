/**
 * The text of a downloaded file from its bytes: UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (CDE's 2017 and 2018 files are; ../shared/reference/dashboard-real-rows.md).
 * TextDecoder only: runs in browsers and Node, no code generation.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/** The platform's TextDecoder (core is built without DOM types). */
type Decoder = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };
const Decoder = (): Decoder => (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

/** Decodes bytes as UTF-8 (a BOM is dropped), falling back to Windows-1252 when they are not valid UTF-8. */
export function decodeDashboardBytes(bytes: Uint8Array): DecodedText {
  try {
    return { text: new (Decoder())('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new (Decoder())('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
