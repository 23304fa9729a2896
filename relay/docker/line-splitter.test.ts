import { expect, it } from 'vitest';
import { createLineSplitter } from './line-splitter.js';

it('splits chunks holding several lines or half of one', () => {
  const lines: string[] = [];
  const split = createLineSplitter((line) => lines.push(line));
  split('{"a":1}\n{"b"');
  split(':2}\n');
  split('\n{"c":3}\n{"d":');
  expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  split('4}\n');
  expect(lines.at(-1)).toBe('{"d":4}');
});
