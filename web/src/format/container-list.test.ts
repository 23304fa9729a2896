/// <reference types="mocha" />
import { assert } from 'chai';
import { listItems, matchesQuery, sortContainers } from './container-list.js';
import type { ContainerSummary } from '../../../shared/types.js';

const c = (id: string, name: string, over: Partial<ContainerSummary> = {}) =>
  ({ id, name, image: 'busybox', state: 'running', createdAt: 0, labels: {}, ...over }) as ContainerSummary;

describe('container list', () => {
  const list = [
    c('b1', 'beta', { state: 'exited', createdAt: 3, labels: { 'com.docker.compose.project': 'shop' } }),
    c('a1', 'alpha', { createdAt: 1 }),
    c('g1', 'gamma', { createdAt: 2, labels: { 'com.docker.compose.project': 'shop' } }),
  ];
  const usage = { a1: { cpuPercent: 5, memoryBytes: 10 }, g1: { cpuPercent: 50, memoryBytes: 1 } } as never;

  it('searches name, image, id prefix and project', () => {
    assert.isTrue(matchesQuery(list[0]!, 'SHOP'));
    assert.isTrue(matchesQuery(list[1]!, 'alp'));
    assert.isTrue(matchesQuery(list[1]!, 'a1'));
    assert.isFalse(matchesQuery(list[1]!, 'zzz'));
  });

  it('sorts by each key with a stable tie-break', () => {
    const names = (sort: Parameters<typeof sortContainers>[1]) => sortContainers(list, sort, usage).map((x) => x.name);
    assert.deepEqual(names('name'), ['alpha', 'beta', 'gamma']);
    assert.deepEqual(names('state'), ['alpha', 'gamma', 'beta']);
    assert.deepEqual(names('created'), ['beta', 'gamma', 'alpha']);
    assert.deepEqual(names('cpu'), ['gamma', 'alpha', 'beta']);
    assert.deepEqual(names('memory'), ['alpha', 'gamma', 'beta']);
  });

  it('groups by compose project, ungrouped last', () => {
    const items = listItems(sortContainers(list, 'name', usage), true);
    assert.deepEqual(items.map((i) => (i.kind === 'group' ? `[${i.project ?? '-'} ${i.count}]` : i.container.name)),
      ['[shop 2]', 'beta', 'gamma', '[- 1]', 'alpha']);
  });
});
