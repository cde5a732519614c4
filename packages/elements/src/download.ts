import { OutcomeError, problem } from '@outcome-kit/core';
/**
 * Turns a title into a safe file name of whole words: "Chronic absence, 2024" → "chronic-absence-2024".
 * A long title is cut at the last whole word within 60 characters, never inside a word.
 */
export function fileName(title: string, extension: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > 60) break;
    base = next;
  }
  if (!base && words[0]) base = words[0].slice(0, 60);
  return `${base || 'outcome-kit'}.${extension}`;
}

/** Offers a file to the visitor to save. */
export function downloadUrl(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Offers text as a file. */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG document onto a canvas `scale` times its size and returns it as a PNG data URL. */
export async function svgToPng(svg: string, scale: number): Promise<string> {
  const img = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  // A canvas has a largest side and area (Chromium: 32 767 px, 268 M px²; beyond them it
  // silently gives "data:,"): a tall chart (1 000 groups) is drawn smaller to fit, down to a
  // quarter of its size; beyond that the PNG is refused with the reason, never an empty file.
  const w = img.naturalWidth;
  const h = img.naturalHeight;
  const fit = Math.min(scale, MAX_CANVAS_SIDE / Math.max(w, 1), MAX_CANVAS_SIDE / Math.max(h, 1), Math.sqrt(MAX_CANVAS_AREA / Math.max(w * h, 1)));
  const tooBig = () => new OutcomeError(problem('png-too-big', (m) => m.pngTooBig(`${w} × ${h}`)));
  if (fit < MIN_PNG_SCALE) throw tooBig();
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(w * fit);
  canvas.height = Math.floor(h * fit);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw tooBig();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/png');
  if (!url.startsWith('data:image/png')) throw tooBig();
  return url;
}

const MAX_CANVAS_SIDE = 32_767;
const MAX_CANVAS_AREA = 16_384 * 16_384;
const MIN_PNG_SCALE = 0.25;
