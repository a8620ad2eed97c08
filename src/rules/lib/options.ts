/**
 * Option values as teams write them in `.xinxirc`: lists of words. The config validator checks that such an option is
 * a list; these read its words.
 */

/** A non-empty list of non-empty strings. */
export function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
}

/** The words of an option when every item is a word; anything else counts as no words. */
export function optionWords(value: unknown): string[] {
  return isStringList(value) ? value : [];
}

/** Options holding lists of strings (as a team writes them in config): only the strings are kept. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}
