// Draws the two Teams app icons (a key, for "licence") and writes them as PNGs:
//   manifest/teams/color.png   192×192, full colour, opaque background
//   manifest/teams/outline.png  32×32, white glyph on a transparent background
// Pure Node (zlib only) so the icons can be regenerated anywhere without an image package.
// Usage: node scripts/make-teams-icons.mjs
// Node globals are imported explicitly: the ESLint config gives .mjs files no Node environment.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';

const ACCENT = [0x2f, 0x5d, 0xa8]; // keep in step with accentColor in manifest/teams/manifest.json
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4; // 4×4 samples per pixel gives smooth edges without a rasteriser

/** The key glyph in unit coordinates: a ring (the bow), a shaft and two teeth. */
function insideKey(x, y) {
  const dx = x - 0.3;
  const dy = y - 0.5;
  const d2 = dx * dx + dy * dy;
  const ring = d2 <= 0.165 * 0.165 && d2 >= 0.07 * 0.07;
  const shaft = x >= 0.43 && x <= 0.85 && y >= 0.455 && y <= 0.545;
  const tooth1 = x >= 0.69 && x <= 0.75 && y >= 0.545 && y <= 0.67;
  const tooth2 = x >= 0.79 && x <= 0.85 && y >= 0.545 && y <= 0.63;
  return ring || shaft || tooth1 || tooth2;
}

/** Fraction of a pixel covered by the glyph, with the glyph scaled into `inset`…`1 - inset`. */
function coverage(px, py, size, inset) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const u = (px + (sx + 0.5) / SUPERSAMPLE) / size;
      const v = (py + (sy + 0.5) / SUPERSAMPLE) / size;
      const x = (u - inset) / (1 - 2 * inset);
      const y = (v - inset) / (1 - 2 * inset);
      if (insideKey(x, y)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

/** RGBA pixels: the glyph blended over `background`, or white with alpha = coverage when transparent. */
function draw(size, { background, inset }) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const c = coverage(px, py, size, inset);
      const i = (py * size + px) * 4;
      if (background) {
        for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(background[k] * (1 - c) + WHITE[k] * c);
        rgba[i + 3] = 255;
      } else {
        rgba.set(WHITE, i);
        rgba[i + 3] = Math.round(255 * c);
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Minimal PNG encoder: 8-bit RGBA, no interlace, filter type 0 on every row. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../manifest/teams/', import.meta.url);
writeFileSync(new URL('color.png', outDir), encodePng(192, draw(192, { background: ACCENT, inset: 0.12 })));
writeFileSync(new URL('outline.png', outDir), encodePng(32, draw(32, { background: undefined, inset: 0.02 })));
process.stdout.write('Wrote manifest/teams/color.png (192×192) and manifest/teams/outline.png (32×32)\n');
