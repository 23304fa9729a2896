/// <reference types="mocha" />
import { assert } from 'chai';
import { attentionRank, statusText } from './status.js';
import type { ContainerSummary } from '../../../shared/types.js';

const NOW = 10_000_000_000;
const base = { health: null, exitCode: null, startedAt: NOW - 5 * 60_000, finishedAt: null } as const;

describe('statusText', () => {
  it('derives docker ps status text', () => {
    assert.equal(statusText({ ...base, state: 'running' }, NOW), 'Up 5 minutes');
    assert.equal(statusText({ ...base, state: 'running', health: 'healthy' }, NOW), 'Up 5 minutes (healthy)');
    assert.equal(statusText({ ...base, state: 'running', health: 'starting' }, NOW), 'Up 5 minutes (health: starting)');
    assert.equal(statusText({ ...base, state: 'paused' }, NOW), 'Up 5 minutes (Paused)');
    assert.equal(statusText({ ...base, state: 'exited', exitCode: 0, finishedAt: NOW - 3 * 60_000 }, NOW), 'Exited (0) 3 minutes ago');
    assert.equal(statusText({ ...base, state: 'restarting', exitCode: 1, finishedAt: NOW - 2000 }, NOW), 'Restarting (1) 2 seconds ago');
    assert.equal(statusText({ ...base, state: 'created', startedAt: null }, NOW), 'Created');
    assert.equal(statusText({ ...base, state: 'dead' }, NOW), 'Dead');
    assert.equal(statusText({ ...base, state: 'removing' }, NOW), 'Removal In Progress');
  });

  it('ranks containers needing attention, unhealthy first', () => {
    const c = (over: Partial<ContainerSummary>) => ({ state: 'running', health: null, oomKilled: false, exitCode: null, ...over }) as ContainerSummary;
    assert.equal(attentionRank(c({ health: 'unhealthy' })), 0);
    assert.equal(attentionRank(c({ state: 'restarting' })), 1);
    assert.equal(attentionRank(c({ state: 'exited', exitCode: 137 })), 3);
    assert.equal(attentionRank(c({ state: 'exited', exitCode: 0 })), null);
    assert.equal(attentionRank(c({})), null);
  });
});
