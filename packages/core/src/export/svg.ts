/** Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters no XML document may hold (a control character in the data would make the SVG unreadable). */
export function stripNonXml(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return stripNonXml(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Puts an accessible `<title>` and `<desc>` first inside an SVG document, with `role="img"`, so
 * a chart saved as a file (or rendered in Node) still says what it shows. Text is escaped, and
 * characters XML forbids are removed from the whole document (Vega writes data text as it is).
 */
export function withTitleAndDesc(svg: string, title: string, desc: string): string {
  return stripNonXml(svg).replace(/<svg\b[^>]*>/, (open) => {
    const withRole = /\srole=/.test(open) ? open : open.replace(/^<svg/, '<svg role="img"');
    return `${withRole}<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>`;
  });
}
