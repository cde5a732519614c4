import { CONTROL_CHART_ATTRIBUTES, DRIVER_DIAGRAM_ATTRIBUTES, GAP_CHART_ATTRIBUTES, OutcomeError, PDSA_LOG_ATTRIBUTES, RUN_CHART_ATTRIBUTES, THEORY_OF_ACTION_ATTRIBUTES, type Problem } from '@outcome-kit/core';

/** The widgets the static renderer knows, by their element names without `outcome-`. */
export const STATIC_WIDGETS = ['run-chart', 'gap-chart', 'theory-of-action', 'driver-diagram', 'pdsa-log', 'control-chart'] as const;

export type StaticWidget = (typeof STATIC_WIDGETS)[number];

/**
 * Each widget's own attributes (kebab-case, as on the element) and the option each one sets: the
 * same tables in core that the element classes read.
 */
export const WIDGET_ATTRIBUTES: Record<StaticWidget, Readonly<Record<string, string>>> = {
  'run-chart': RUN_CHART_ATTRIBUTES,
  'control-chart': CONTROL_CHART_ATTRIBUTES,
  'gap-chart': GAP_CHART_ATTRIBUTES,
  'theory-of-action': THEORY_OF_ACTION_ATTRIBUTES,
  'driver-diagram': DRIVER_DIAGRAM_ATTRIBUTES,
  'pdsa-log': PDSA_LOG_ATTRIBUTES,
};

/** Attributes every element has that change the rendering: the language and the heading. */
export const COMMON_ATTRIBUTES = ['lang', 'heading'] as const;

/** Attributes every element has that mean nothing for a static SVG; accepted and ignored, so an element's attributes can be copied as they are. */
export const IGNORED_ATTRIBUTES = ['src', 'heading-level', 'exports', 'timeout'] as const;

/** A widget's attributes that only change how the element lays itself out on a page; ignored here. */
const LAYOUT_ATTRIBUTES: Partial<Record<StaticWidget, readonly string[]>> = {
  'theory-of-action': ['expand', 'layout'],
  'driver-diagram': ['pdsa-href'],
};

/** What the attributes give: the widget's options input, the language tag and the heading. */
export interface ReadAttributes {
  options: Record<string, string>;
  lang: string | undefined;
  heading: string | undefined;
}

function unknownAttribute(widget: StaticWidget, name: string, value: string): OutcomeError {
  const known = [...Object.keys(WIDGET_ATTRIBUTES[widget]), ...COMMON_ATTRIBUTES].join(', ');
  const p: Problem = {
    code: 'unknown-attribute',
    field: name,
    value,
    message: {
      en: `<outcome-${widget}> has no attribute “${name}”. Its attributes are: ${known}.`,
      es: `<outcome-${widget}> no tiene el atributo “${name}”. Sus atributos son: ${known}.`,
    },
  };
  return new OutcomeError(p);
}

/**
 * Reads element attributes (kebab-case strings) into the widget's options input. Names are
 * matched without regard to case, as HTML does; an unknown name throws an `OutcomeError` that
 * lists the widget's attributes, so a typo is not silently ignored.
 */
export function readAttributes(widget: StaticWidget, attrs: Record<string, string>): ReadAttributes {
  const table = WIDGET_ATTRIBUTES[widget];
  const out: ReadAttributes = { options: {}, lang: undefined, heading: undefined };
  for (const [rawName, value] of Object.entries(attrs)) {
    const name = rawName.trim().toLowerCase();
    if (name === 'lang') out.lang = value;
    else if (name === 'heading') out.heading = value;
    else if (table[name] !== undefined) out.options[table[name]] = value;
    else if (!(IGNORED_ATTRIBUTES as readonly string[]).includes(name) && !LAYOUT_ATTRIBUTES[widget]?.includes(name)) throw unknownAttribute(widget, rawName, value);
  }
  return out;
}
