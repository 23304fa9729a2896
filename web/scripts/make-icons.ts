// Draws Portlight's icons (a light in a ring on blue) as PNGs with nothing but zlib:
// `node --import tsx web/scripts/make-icons.ts`. The PNGs are committed; rerun only to change them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..', 'public', 'icons');
const BLUE = [10, 88, 184] as const;
const WHITE = [255, 255, 255] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage of the shape at a point, in a unit square: 0 outside, 1 inside. */
type Shape = (x: number, y: number) => { background: boolean; white: boolean };

function png(size: number, shape: Shape): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  const samples = 4;
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      let bg = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const hit = shape((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (hit.background) bg += 1;
          if (hit.background && hit.white) white += 1;
        }
      }
      const n = samples * samples;
      const w = bg ? white / bg : 0;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i += 1) rows[offset + i] = Math.round((BLUE[i] as number) * (1 - w) + (WHITE[i] as number) * w);
      rows[offset + 3] = Math.round((bg / n) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The mark, scaled by `scale` around the centre (maskable icons keep it inside the safe zone). */
function mark(scale: number, rounded: boolean): Shape {
  return (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const r = Math.hypot(dx, dy) / scale;
    const corner = 0.18;
    const cx = Math.max(Math.abs(dx) - (0.5 - corner), 0);
    const cy = Math.max(Math.abs(dy) - (0.5 - corner), 0);
    const background = !rounded || Math.hypot(cx, cy) <= corner;
    const light = r <= 0.14;
    const ring = r >= 0.27 && r <= 0.34;
    // Two beams to the left and right of the light, cut by the ring.
    const beam = Math.abs(dy / scale) <= 0.035 + Math.abs(dx / scale) * 0.12 && r > 0.18 && r < 0.27;
    return { background, white: light || ring || beam };
  };
}

const icons: Array<[string, number, Shape]> = [
  ['icon-192.png', 192, mark(1, true)],
  ['icon-512.png', 512, mark(1, true)],
  ['maskable-512.png', 512, mark(0.8, false)],
  ['maskable-192.png', 192, mark(0.8, false)],
  ['apple-touch-icon.png', 180, mark(0.9, false)],
];
for (const [name, size, shape] of icons) writeFileSync(join(OUT, name), png(size, shape));
