/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Puts an accessible `<title>` and `<desc>` first inside an SVG document, with `role="img"`, so
 * a chart saved as a file (or rendered in Node) still says what it shows. Text is escaped.
 */
export function withTitleAndDesc(svg: string, title: string, desc: string): string {
  return svg.replace(/<svg\b[^>]*>/, (open) => {
    const withRole = /\srole=/.test(open) ? open : open.replace(/^<svg/, '<svg role="img"');
    return `${withRole}<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>`;
  });
}
