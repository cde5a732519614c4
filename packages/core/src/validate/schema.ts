/** The types a field can have. */
/** `count`: a whole number of 0 or more (a number of students): 10.4, 10.0000001 or −3 is an error, never rounded. */
export type FieldType = 'number' | 'count' | 'percent' | 'date' | 'category' | 'string';

/** How one field (column) must look. */
export interface FieldSpec {
  type: FieldType;
  /** A missing or blank value is an error (default false: it becomes `null`). */
  required?: boolean;
  /** For `category`: the allowed values (matched case-insensitively, returned as written here). */
  values?: readonly string[];
}

/** Field name (as in the data) → how it must look. */
export type Schema = Record<string, FieldSpec>;

/** A validated value: numbers, dates and strings, or `null` when missing. */
export type TypedValue = number | Date | string | null;

/** A validated row: each schema field typed, plus the row number the user sees in their file. */
export type TypedRow = Record<string, TypedValue> & { readonly __row: number };
