import { assert } from 'chai';
import { watchPageSignals } from './page-signals.js';

describe('watchPageSignals', () => {
  it('turns online, offline and pagehide into checks and cache writes, until stopped', () => {
    const calls: string[] = [];
    const stop = watchPageSignals({
      setNetworkOnline: (online) => void calls.push(online ? 'online' : 'offline'),
      checkNow: () => void calls.push('check'),
      persistNow: () => void calls.push('persist'),
    });
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
    stop();
    window.dispatchEvent(new Event('offline'));
    assert.deepEqual(calls, ['offline', 'online', 'persist', document.visibilityState === 'hidden' ? 'persist' : 'check']);
  });
});
