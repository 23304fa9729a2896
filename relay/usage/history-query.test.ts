import { describe, expect, it } from 'vitest';
import type { ContainerUsage } from '../../shared/types.js';
import { answerHistoryQuery } from './history-query.js';
import { UsageHistory } from './usage-history.js';

const row = (cpuPercent: number): ContainerUsage => ({
  cpuPercent, memoryBytes: 1024, memoryLimitBytes: 0, memoryPercent: 0, netRxBytes: 0, netTxBytes: 0, netRxBytesPerSec: 0,
  netTxBytesPerSec: 0, blockReadBytes: 0, blockWriteBytes: 0, blockReadBytesPerSec: 0, blockWriteBytesPerSec: 0, pids: 1,
});

describe('answerHistoryQuery', () => {
  const history = new UsageHistory(10);
  history.record(1000, { a: row(1), b: row(2) });
  history.record(2000, { a: row(3), b: row(4) });

  it('answers chosen containers and columns, column by column', () => {
    const answer = answerHistoryQuery(history, new URLSearchParams('id=a&id=gone&columns=cpuPercent,memoryBytes'));
    expect(answer).toEqual({
      status: 200,
      body: { intervalMs: 1000, capacity: 10, columns: ['time', 'cpuPercent', 'memoryBytes'], containers: { a: [[1000, 2000], [1, 3], [1024, 1024]] } },
    });
  });

  it('answers every container and column by default', () => {
    const answer = answerHistoryQuery(history, new URLSearchParams());
    expect(answer.status).toBe(200);
    if (answer.status === 200) {
      expect(Object.keys(answer.body.containers)).toEqual(['a', 'b']);
      expect(answer.body.columns).toHaveLength(7);
    }
  });

  it('refuses an unknown column', () => {
    expect(answerHistoryQuery(history, new URLSearchParams('columns=cpu')).status).toBe(400);
  });
});
