import { expect, it } from 'vitest';
import type { EngineEvent } from '../../shared/types.js';
import { refsForEvent } from './entity-ref.js';

const event = (type: string, action: string, actorId = 'x', attributes: Record<string, string> = {}): EngineEvent =>
  ({ time: 0, type, action, actorId, name: null, attributes });

it('fetches again only what an event made stale', () => {
  expect(refsForEvent(event('container', 'start'))).toEqual([{ kind: 'container', id: 'x' }]);
  expect(refsForEvent(event('container', 'health_status: healthy'))).toEqual([{ kind: 'container', id: 'x' }]);
  expect(refsForEvent(event('container', 'exec_start'))).toEqual([]);
  expect(refsForEvent(event('image', 'untag'))).toEqual([{ kind: 'image', id: 'x' }]);
  expect(refsForEvent(event('volume', 'create'))).toEqual([{ kind: 'volume', id: 'x' }]);
  expect(refsForEvent(event('volume', 'mount'))).toEqual([]);
  expect(refsForEvent(event('network', 'create'))).toEqual([{ kind: 'network', id: 'x' }]);
  expect(refsForEvent(event('network', 'connect', 'net', { container: 'c1' }))).toEqual([{ kind: 'container', id: 'c1' }]);
  expect(refsForEvent(event('daemon', 'reload', ''))).toEqual([{ kind: 'engine', id: '' }]);
  expect(refsForEvent(event('image', 'prune', ''))).toEqual([]);
  expect(refsForEvent(event('service', 'update'))).toEqual([]);
});
