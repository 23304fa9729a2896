// Deterministic generators of hostile input: HTTP requests, upgrade requests, raw bytes and frames.
// A fixed seed makes a failure reproducible; the mix leans on the shapes that broke servers before.

export type Random = () => number;

/** mulberry32: small, fast, good enough to pick test inputs. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: Random, max: number): number => Math.floor(random() * max);

function randomText(random: Random, length: number, alphabet = 'abcXYZ019-_.~%/\\?#&=;:@!$\'()*+,[]{}<>"`| \u00e9\u4e2d\ud83d\ude00'): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[int(random, alphabet.length)] ?? 'a';
  return text;
}

function randomBytes(random: Random, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => int(random, 256)));
}

const PATHS = [
  '/', '/api/state', '/api/login', '/api/logout', '/api/usage/history', '/api/x', '/ws', '/login', '/sw.js', '/manifest.webmanifest',
  '/assets/app-1234.js', '/containers/abc', '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/%00', '/%',
  '/assets/%c0%ae%c0%ae/secret.txt', '//etc/passwd', '/\\..\\secret.txt', '/index.html/..', '/.git/config', '/%ff%fe',
];
const QUERIES = ['', 'mode=full', 'mode=delta', 'mode=x', 'rev=1', 'epoch=a&rev=1', 'epoch=&rev=', 'rev=-1', 'rev=1e9', 'rev=0x10', 'epoch=%00&rev=1', 'mode=full&epoch=a&rev=99999999999999999', 'a[b]=c', '&&&', '%zz', 'x=' + 'y'.repeat(3000)];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'BREW', 'G\u00c9T'];
const HEADER_SHAPES: Array<(random: Random) => string> = [
  (r) => `Range: bytes=${int(r, 99999)}-${int(r, 99999)}`,
  (r) => `Range: ${randomText(r, 12)}`,
  (r) => `Cookie: portlight_session=${randomText(r, int(r, 80), 'abcXYZ0189-_=;, ')}`,
  (r) => `Authorization: ${pick(r, ['Bearer ', 'bearer', 'Basic ', 'Bearer  x y', ''])}${randomText(r, int(r, 64), 'abcXYZ019-_.~+/=')}`,
  (r) => `Origin: ${pick(r, ['http://evil.example', 'null', 'http://127.0.0.1', 'file://', randomText(r, 20)])}`,
  (r) => `Accept-Encoding: ${pick(r, ['gzip', 'br', 'zstd', '*', randomText(r, 10)])}`,
  (r) => `Content-Type: ${pick(r, ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', randomText(r, 15)])}`,
  (r) => `X-${randomText(r, 5, 'abcdef')}: ${randomText(r, int(r, 200), 'abcXYZ019 -_.~')}`,
  (r) => `Transfer-Encoding: ${pick(r, ['chunked', 'gzip', 'identity', 'chunked, chunked'])}`,
  (r) => `Content-Length: ${pick(r, ['0', '5', '-1', '99999999', 'abc'])}`,
];
const BODIES = ['', '{}', '{"password":"guess"}', '{"password":123}', 'password=x', '{"password":"' + 'p'.repeat(5000) + '"}', '[[[[[[[[[[', '\u0000\u0001', '--x\r\nContent-Disposition: form-data; name="password"\r\n\r\nx\r\n--x--\r\n'];

/** One HTTP/1.1 request, mostly well-formed at the framing level, hostile in its parts. */
export function fuzzHttpRequest(random: Random): string {
  const path = random() < 0.5 ? pick(random, PATHS) : `/${randomText(random, int(random, 300))}`;
  const query = random() < 0.4 ? `?${pick(random, QUERIES)}` : '';
  const headers = Array.from({ length: int(random, 4) }, () => pick(random, HEADER_SHAPES)(random));
  if (random() < 0.3) headers.push('Cookie: portlight_session=' + 'a'.repeat(43));
  const body = pick(random, BODIES);
  const lengthHeader = headers.some((h) => /^(Content-Length|Transfer-Encoding):/.test(h)) ? '' : `Content-Length: ${Buffer.byteLength(body)}\r\n`;
  return `${pick(random, METHODS)} ${path}${query} HTTP/1.1\r\nHost: ${random() < 0.9 ? '127.0.0.1' : randomText(random, 12)}\r\n${headers.map((h) => `${h}\r\n`).join('')}${lengthHeader}Connection: close\r\n\r\n${body}`;
}

/** A WebSocket upgrade with a hostile query, origin, key or version. */
export function fuzzUpgradeRequest(random: Random, cookie: string): string {
  const key = random() < 0.8 ? 'dGhlIHNhbXBsZSBub25jZQ==' : randomText(random, int(random, 40), 'abcXYZ019+/=');
  const version = random() < 0.85 ? '13' : pick(random, ['8', '', '99', 'x']);
  const headers = [
    `Upgrade: ${random() < 0.9 ? 'websocket' : randomText(random, 9)}`, 'Connection: Upgrade', `Sec-WebSocket-Version: ${version}`, `Sec-WebSocket-Key: ${key}`,
    ...(random() < 0.5 ? [`Cookie: ${cookie}`] : []),
    ...Array.from({ length: int(random, 3) }, () => pick(random, HEADER_SHAPES)(random)),
  ];
  const path = random() < 0.8 ? '/ws' : pick(random, PATHS);
  return `GET ${path}?${pick(random, QUERIES)}${random() < 0.3 ? randomText(random, 20) : ''} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`;
}

/** Bytes that are not quite HTTP: garbage, truncated heads, huge headers, bad request targets. */
export function fuzzRawBytes(random: Random): Buffer {
  switch (int(random, 6)) {
    case 0: return randomBytes(random, 1 + int(random, 2000));
    case 1: return Buffer.from(fuzzHttpRequest(random).slice(0, int(random, 120)));
    case 2: return Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000 + int(random, 50_000))}\r\n\r\n`);
    case 3: return Buffer.from(`GET ${pick(random, ['http://[', '*', 'http://evil.example/ws', '//ws', 'ws', '/ws#frag', '\u0000'])} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
    case 4: return Buffer.from(`GET / HTTP/1.1\r\n${Array.from({ length: 200 + int(random, 300) }, (_, i) => `H${i}: v`).join('\r\n')}\r\n\r\n`);
    default: return Buffer.concat([Buffer.from('GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\n'), randomBytes(random, int(random, 300)), Buffer.from('\r\n\r\n')]);
  }
}

export type Frame = { data: string | Buffer; binary: boolean };

/** A WebSocket message a client might send: pings, junk JSON, wrong types, oversized, binary, bad UTF-8. */
export function fuzzFrame(random: Random): Frame {
  switch (int(random, 9)) {
    case 0: return { data: '{"type":"ping"}', binary: false };
    case 1: return { data: JSON.stringify({ type: pick(random, ['ping', 'subscribe', 'resume', '__proto__', 'constructor', '']), x: randomText(random, int(random, 100)) }), binary: false };
    case 2: return { data: randomText(random, int(random, 500)), binary: false };
    case 3: return { data: '['.repeat(1 + int(random, 2000)), binary: false };
    case 4: return { data: '{"type":"ping","pad":"' + 'x'.repeat(4096 + int(random, 8000)) + '"}', binary: false };
    case 5: return { data: randomBytes(random, int(random, 200)), binary: true };
    case 6: return { data: Buffer.from([0xff, 0xfe, 0xc0, 0xaf, ...randomBytes(random, 20)]), binary: false };
    case 7: return { data: JSON.stringify({ __proto__: { polluted: true }, type: 'ping', constructor: { prototype: { polluted: true } } }), binary: false };
    default: return { data: pick(random, ['null', 'true', '1e309', '""', '{"type":null}', '{"type":["ping"]}', '\u0000']), binary: false };
  }
}
