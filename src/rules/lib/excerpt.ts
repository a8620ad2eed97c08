/** Quoting the draft in a message. */

/** Shorten a quoted excerpt for a message: at most `max` characters, with …… when cut. */
export function excerpt(value: string, max = 12): string {
  const chars = [...value.replace(/\s+/gu, '')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}……`;
}
