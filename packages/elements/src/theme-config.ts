/**
 * Dark mode and the county's brand for every widget. Each colour role has a `--outcome-*` custom
 * property whose default is `light-dark(light, dark)` (from core's LIGHT_PALETTE / DARK_PALETTE),
 * so a widget follows its page's `color-scheme`: a page (or the element) with
 * `color-scheme: light dark` gets the dark colours when the visitor prefers dark. At draw time the
 * element reads the colours as computed for it and hands them to Vega as vega-embed's `config`
 * (the spec keeps the light tokens the static SVG prints); `watchColorScheme` tells it when to
 * draw again.
 */
import { css, unsafeCSS } from 'lit';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  PALETTE_PROPERTIES,
  PALETTE_ROLES,
  chartConfig,
  themeSpec,
  toHex,
  type ChartPalette,
  type ChartSpec,
  type PaletteRole,
} from '@outcome-kit/core';

/** The internal property holding a role's colour as the page set it, or the scheme's default. */
const slot = (role: PaletteRole) => `--outcome-resolved-${role}`;

const declarations = PALETTE_ROLES.map((role) => `${slot(role)}: var(${PALETTE_PROPERTIES[role]}, light-dark(${LIGHT_PALETTE[role]}, ${DARK_PALETTE[role]}));`).join('\n    ');

/** `var(--x, light-dark(light, dark))` for the colours that are not chart roles. */
const ld = (property: string, light: string, dark: string) => unsafeCSS(`var(${property}, light-dark(${light}, ${dark}))`);
const role = (r: PaletteRole) => unsafeCSS(`var(${slot(r)})`);

/**
 * The widget's own colours with light and dark defaults. Appended after `baseStyles` (same
 * selectors), so a page's `--outcome-*` value still wins, as before.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(declarations)}
    color: ${role('text')};
    background: ${role('background')};
  }
  [part='base'] {
    border-color: ${ld('--outcome-border-color', '#767676', '#8c8c8c')};
  }
  .status {
    background: ${ld('--outcome-status-background', '#f3f3f3', '#1c1c1c')};
    color: ${role('text')};
  }
  [part='error'] {
    border-left-color: ${role('error')};
    background: ${ld('--outcome-error-background', '#fff4f4', '#2a0d10')};
  }
  button {
    border-color: ${role('accent')};
    background: ${ld('--outcome-button-background', '#ffffff', '#050505')};
    color: ${role('accent')};
  }
  button:hover {
    background: ${ld('--outcome-button-hover-background', '#e8f0fa', '#0f2538')};
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline-color: ${ld('--outcome-focus-color', '#1a1a1a', '#f2f2f2')};
  }
  th,
  td {
    border-color: ${ld('--outcome-border-color', '#767676', '#8c8c8c')};
  }
  th {
    background: ${ld('--outcome-table-header-background', '#f3f3f3', '#1c1c1c')};
  }
`;

/**
 * The palette as computed for an element now: each role's custom property (or its light-dark
 * default) resolved by the browser, read through one hidden probe per role. A role whose value
 * is not a colour the chart can use (transparent, unparsable) keeps the light default.
 */
export function readPalette(root: Element | DocumentFragment): ChartPalette {
  const box = document.createElement('span');
  box.hidden = true;
  const probes = PALETTE_ROLES.map((r) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${slot(r)}, ${LIGHT_PALETTE[r]})`;
    box.append(probe);
    return probe;
  });
  root.append(box);
  const palette = { ...LIGHT_PALETTE };
  PALETTE_ROLES.forEach((r, i) => {
    const hex = toHex(getComputedStyle(probes[i]!).color);
    if (hex) palette[r] = hex;
  });
  box.remove();
  return palette;
}

/** What the element hands to Vega: the spec recoloured and the config that carries the palette. */
export interface ChartTheme {
  palette: ChartPalette;
  /** A key that changes when any colour does (to skip redrawing for nothing). */
  key: string;
  spec: ChartSpec;
  config: Record<string, unknown>;
}

/** The theme for a spec, read from the element's computed colours. */
export function chartTheme(root: Element | DocumentFragment, spec: ChartSpec): ChartTheme {
  const palette = readPalette(root);
  return { palette, key: paletteKey(palette), spec: themeSpec(spec, palette), config: chartConfig(palette) };
}

/** A palette as one string, to compare two. */
export function paletteKey(palette: ChartPalette): string {
  return PALETTE_ROLES.map((r) => palette[r]).join(' ');
}

/**
 * Calls `onChange` when the colours may have changed: the visitor's `prefers-color-scheme`, or the
 * page switching its own theme (a class, `style` or `data-*` attribute on `<html>` or `<body>`).
 * Returns the function that stops watching.
 */
export function watchColorScheme(onChange: () => void): () => void {
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  media?.addEventListener('change', onChange);
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(onChange) : null;
  for (const el of [document.documentElement, document.body]) {
    if (el) observer?.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
  }
  return () => {
    media?.removeEventListener('change', onChange);
    observer?.disconnect();
  };
}
