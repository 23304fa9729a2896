import { expect, it } from 'vitest';
import type { EntityRef } from './entity-ref.js';
import { RefetchQueue } from './refetch-queue.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A queue whose fetches wait until the test releases them, in start order. */
function gatedQueue(concurrency: number): { queue: RefetchQueue; started: string[]; releaseNext: () => Promise<void> } {
  const started: string[] = [];
  const gates: Array<() => void> = [];
  const queue = new RefetchQueue(async (ref: EntityRef) => {
    started.push(ref.id);
    const gate = deferred();
    gates.push(gate.resolve);
    await gate.promise;
  }, concurrency);
  const releaseNext = async (): Promise<void> => {
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { queue, started, releaseNext };
}

it('fetches a thing named many times while waiting only once', async () => {
  const { queue, started, releaseNext } = gatedQueue(1);
  queue.add({ kind: 'container', id: 'x' });
  for (let i = 0; i < 5; i += 1) queue.add({ kind: 'container', id: 'y' });
  await releaseNext();
  await releaseNext();
  await queue.idle();
  expect(started).toEqual(['x', 'y']);
});

it('fetches a thing again when it is named during its own fetch, never in parallel', async () => {
  const { queue, started, releaseNext } = gatedQueue(2);
  for (const id of ['a', 'b', 'c']) queue.add({ kind: 'container', id });
  expect(started).toEqual(['a', 'b']);
  queue.add({ kind: 'container', id: 'a' });
  expect(started).toEqual(['a', 'b']);
  await releaseNext();
  expect(started).toEqual(['a', 'b', 'c']);
  await releaseNext();
  expect(started).toEqual(['a', 'b', 'c', 'a']);
  await releaseNext();
  await releaseNext();
  await queue.idle();
});

it('reports failures and keeps going', async () => {
  const failed: string[] = [];
  const queue = new RefetchQueue(async (ref) => {
    if (ref.id === 'bad') throw new Error('boom');
  }, 4, (ref) => failed.push(ref.id));
  queue.add({ kind: 'image', id: 'bad' });
  queue.add({ kind: 'image', id: 'good' });
  await queue.idle();
  expect(failed).toEqual(['bad']);
});
