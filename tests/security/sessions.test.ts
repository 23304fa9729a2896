// Browser sessions expire when idle and at an absolute age, are bounded in number, and end their
// listeners (open streams) when they go. A fake clock: the rules, not the wall clock, are under test.
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../relay/auth/address-key.js';
import { AttemptLimiter } from '../../relay/auth/attempt-limiter.js';
import { SessionStore } from '../../relay/auth/session-store.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('SessionStore', () => {
  it('ends a session left idle too long', () => {
    const c = clock();
    const store = new SessionStore({ idleMs: 1000, absoluteMs: 10_000, now: c.now });
    const id = store.create();
    c.advance(999);
    expect(store.touch(id)).toBe(true);
    c.advance(1000);
    expect(store.touch(id)).toBe(false);
    expect(store.size).toBe(0);
  });

  it('ends a busy session at its absolute age', () => {
    const c = clock();
    const store = new SessionStore({ idleMs: 1000, absoluteMs: 3000, now: c.now });
    const id = store.create();
    for (let i = 0; i < 5; i++) {
      c.advance(500);
      expect(store.touch(id)).toBe(true);
    }
    c.advance(500);
    expect(store.touch(id)).toBe(false);
  });

  it('keeps at most maxSessions, forgetting the least recently used', () => {
    const store = new SessionStore({ maxSessions: 3 });
    const [a, b, c] = [store.create(), store.create(), store.create()];
    store.touch(a);
    const d = store.create();
    expect(store.size).toBe(3);
    expect(store.touch(b)).toBe(false);
    for (const id of [a, c, d]) expect(store.touch(id)).toBe(true);
  });

  it('tells listeners when a session ends by revoke, sweep or eviction, and not for unknown ids', () => {
    const c = clock();
    const store = new SessionStore({ idleMs: 1000, absoluteMs: 5000, maxSessions: 2, now: c.now });
    const ended: string[] = [];
    const a = store.create();
    store.onEnd(a, () => ended.push('a'));
    store.revoke(a);
    const b = store.create();
    store.onEnd(b, () => ended.push('b'));
    c.advance(4000); // an open stream keeps it from going idle...
    store.sweep();
    expect(ended).toEqual(['a']);
    c.advance(1000); // ...but not past its absolute age
    store.sweep();
    expect(ended).toEqual(['a', 'b']);
    let called = false;
    store.onEnd('unknown', () => (called = true));
    expect(called).toBe(true);
  });

  it('makes unguessable ids', () => {
    const store = new SessionStore();
    const ids = new Set(Array.from({ length: 100 }, () => store.create()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('AttemptLimiter', () => {
  it('blocks an address after maxFailures until its window passes, and only that address', () => {
    const c = clock();
    const limiter = new AttemptLimiter({ maxFailures: 3, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 3; i++) limiter.fail('10.0.0.1');
    expect(limiter.blockedFor('10.0.0.1')).toBe(60_000);
    expect(limiter.blockedFor('10.0.0.2')).toBe(0);
    c.advance(60_000);
    expect(limiter.blockedFor('10.0.0.1')).toBe(0);
  });

  it('remembers a bounded number of addresses', () => {
    const limiter = new AttemptLimiter({ maxFailures: 1, maxTracked: 100 });
    for (let i = 0; i < 1000; i++) limiter.fail(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.blockedFor('10.0.0.0')).toBe(0);
    expect(limiter.blockedFor('10.0.3.231')).toBeGreaterThan(0);
  });
});

describe('addressKey', () => {
  it('counts IPv4 per address and IPv6 per /64, however it is written', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:0:0:0:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
