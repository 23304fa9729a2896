import { describe, expect, it } from 'vitest';
import { parseBlkioV1, parseIoStatV2, parseNetDev, parseSingle, statValue } from './cgroup-parse.js';

describe('cgroup parsers', () => {
  it('reads single values and v2 "max"', () => {
    expect(parseSingle('12345\n')).toBe(12345);
    expect(parseSingle('max\n')).toBe(Infinity);
  });

  it('finds a key in a stat file without matching a longer key', () => {
    const text = 'cache 10\ninactive_file 7\ntotal_inactive_file 99\n';
    expect(statValue(text, 'inactive_file')).toBe(7);
    expect(statValue(text, 'total_inactive_file')).toBe(99);
    expect(statValue(text, 'cache')).toBe(10);
    expect(statValue(text, 'missing')).toBe(0);
    expect(statValue('usage_usec 42\nuser_usec 40', 'user_usec')).toBe(40);
  });

  it('sums v1 blkio and v2 io.stat over devices', () => {
    expect(parseBlkioV1('8:0 Read 4096\n8:0 Write 10\n8:16 Read 1\n8:0 Total 4107\nTotal 4107\n')).toEqual({ read: 4097, write: 10 });
    expect(parseIoStatV2('8:0 rbytes=100 wbytes=5 rios=1 wios=1\n8:16 rbytes=1 wbytes=2 rios=1 wios=1\n')).toEqual({ read: 101, write: 7 });
  });

  it('sums network bytes over interfaces but loopback', () => {
    const text = [
      'Inter-|   Receive                                                |  Transmit',
      ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed',
      '    lo:     500       5    0    0    0     0          0         0      500       5    0    0    0     0       0          0',
      '  eth0:    1000      10    0    0    0     0          0         0      200       2    0    0    0     0       0          0',
      '  eth1:      24       1    0    0    0     0          0         0        6       1    0    0    0     0       0          0',
    ].join('\n');
    expect(parseNetDev(text)).toEqual({ rx: 1024, tx: 206 });
  });
});
