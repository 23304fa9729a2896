// "1 image", "3 images": counts in page headings.

/** `count` and `noun`, with an `s` unless the count is one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
