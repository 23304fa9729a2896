import fastJsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { applyPatch, parsePointer, PatchError, pointer, type PatchOperation } from './json-patch.js';

describe('applyPatch', () => {
  it('agrees with a standard JSON Patch library on random documents and operations', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round += 1) {
      let ours: Record<string, unknown> = { items: {}, list: [] as number[], meta: { n: 0 } };
      let theirs = structuredClone(ours);
      for (let step = 0; step < 20; step += 1) {
        const key = `k${random(6)}`;
        const items = ours['items'] as Record<string, unknown>;
        const list = ours['list'] as number[];
        const choice = random(6);
        const operation: PatchOperation =
          choice === 0 ? { op: 'add', path: pointer('items', key), value: { v: step, nested: [step] } }
          : choice === 1 && key in items ? { op: 'remove', path: pointer('items', key) }
          : choice === 2 && key in items ? { op: 'replace', path: pointer('items', key, 'v'), value: -step }
          : choice === 3 ? { op: 'add', path: '/list/-', value: step }
          : choice === 4 && list.length > 0 ? { op: 'remove', path: '/list/0' }
          : { op: 'replace', path: '/meta/n', value: step };
        const before = JSON.stringify(ours);
        ours = applyPatch(ours, [operation]);
        theirs = fastJsonPatch.applyPatch(theirs, [operation as Operation], true, false).newDocument;
        expect(JSON.parse(before)).toEqual(JSON.parse(before));
        expect(ours).toEqual(theirs);
      }
    }
  });

  it('never mutates its input and shares what it did not touch', () => {
    const document = { a: { x: 1 }, b: { y: 2 }, list: [1] };
    const frozen = JSON.stringify(document);
    const next = applyPatch(document, [{ op: 'replace', path: '/a/x', value: 5 }, { op: 'add', path: '/list/-', value: 2 }]);
    expect(JSON.stringify(document)).toBe(frozen);
    expect(next.a.x).toBe(5);
    expect(next.list).toEqual([1, 2]);
    expect(next.b).toBe(document.b);
  });

  it('rejects paths that do not exist', () => {
    expect(() => applyPatch({ a: {} }, [{ op: 'replace', path: '/a/missing', value: 1 }])).toThrow(PatchError);
    expect(() => applyPatch({ a: {} }, [{ op: 'add', path: '/missing/deeper', value: 1 }])).toThrow(PatchError);
    expect(() => applyPatch({ list: [] }, [{ op: 'remove', path: '/list/0' }])).toThrow(PatchError);
  });
});

it('escapes pointer tokens both ways', () => {
  expect(pointer('volumes', 'a/b~c')).toBe('/volumes/a~1b~0c');
  expect(parsePointer('/volumes/a~1b~0c')).toEqual(['volumes', 'a/b~c']);
});
