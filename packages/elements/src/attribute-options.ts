/**
 * A widget's options input read from the element's properties, through the widget's attribute
 * table in core (attribute → option). Each attribute's property is its camelCase name
 * (`min-points` → `minPoints`); an empty string means "not set", so core applies its default.
 */
export function optionsFromProperties(host: object, table: Readonly<Record<string, string>>): Record<string, unknown> {
  const props = host as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [attribute, option] of Object.entries(table)) {
    const value = props[attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
    out[option] = value === '' ? null : value;
  }
  return out;
}
