/// <reference types="mocha" />
import { expect } from 'chai';
import { seedUsageHistoryFromRelay } from './seed-usage-history.js';
import { usageSeries } from './usage-history.js';

const answer = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('seedUsageHistoryFromRelay', () => {
  it('fills each container\'s series from the relay\'s history, column by column', async () => {
    await seedUsageHistoryFromRelay(answer(200, {
      intervalMs: 1000, capacity: 300, columns: ['time', 'cpuPercent', 'memoryBytes'],
      containers: { seeded: [[1, 2, 3], [10, 20, 30], [100, 200, 300]] },
    }));
    expect(usageSeries('seeded')).to.deep.equal({ cpu: [10, 20, 30], memory: [100, 200, 300] });
  });

  it('leaves the series alone when the relay refuses or cannot be reached', async () => {
    await seedUsageHistoryFromRelay(answer(401, { error: { code: 'UNAUTHORIZED' } }));
    await seedUsageHistoryFromRelay((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(usageSeries('nobody')).to.deep.equal({ cpu: [], memory: [] });
  });
});
