import { textWidth } from '@outcome-kit/core';

// The advance-width table lives once, in core (export/text-width.ts): the specs plan their labels with it too.

/** The part of a Vega text item the width depends on. */
interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  limit?: number | string | null;
}

/**
 * A `textMetrics.width` for Vega (it supports a user-defined one). Vega truncates a text to
 * `limit` by asking widths of its prefixes, and sizes bounds with the width of the whole text;
 * capping at `limit` gives both the right answer: a text wider than the limit reads as too long
 * to the truncation, and as the limit's width to the bounds, which is what is drawn.
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (weight != null && +weight >= 600);
  const width = textWidth(text == null ? '' : String(text).trim(), size, bold);
  const limit = item.limit != null ? +item.limit : 0;
  return limit > 0 ? Math.min(width, limit) : width;
}
