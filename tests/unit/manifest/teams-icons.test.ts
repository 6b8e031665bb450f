import { crc32 } from 'node:zlib';
import { readPngHeader } from '../../../bot/manifest/png-header';
import { readTeamsFile, readTemplate } from './fixtures';
import { decodeRgbaPng } from './png-pixels';

function icon(name: string): Buffer {
  const bytes = readTeamsFile(name);
  if (bytes === undefined) throw new Error(`${name} missing`);
  return bytes;
}

/** A hand-built PNG header: signature, IHDR, optional extra chunks, IEND (no pixel data needed). */
function pngWith(colorType: number, extraChunks: string[]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 32, 0, 0, 0, 32, 8, colorType, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extraChunks.map((type) => chunk(type, Buffer.alloc(6))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('Teams icons', () => {
  it('color.png is a 192×192 opaque icon on the accent colour', () => {
    expect(readPngHeader(icon('color.png'))).toMatchObject({ width: 192, height: 192 });
    const { rgba } = decodeRgbaPng(icon('color.png'));
    const accent = (JSON.parse(readTemplate()) as { accentColor: string }).accentColor.toLowerCase();
    const corner = `#${rgba.subarray(0, 3).toString('hex')}`;
    expect(corner).toBe(accent);
    let translucent = 0;
    for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) translucent++;
    expect(translucent).toBe(0);
  });

  it('outline.png is a 32×32 white glyph on a transparent background', () => {
    expect(readPngHeader(icon('outline.png'))).toMatchObject({ width: 32, height: 32, hasAlpha: true });
    const { rgba } = decodeRgbaPng(icon('outline.png'));
    let opaque = 0;
    let clear = 0;
    let notWhite = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const alpha = rgba[i + 3]!;
      if (alpha === 0) clear++;
      else if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) notWhite++;
      if (alpha === 255) opaque++;
    }
    expect(notWhite).toBe(0);
    // Mostly background, but a real glyph: at least 5% solid pixels.
    expect(clear).toBeGreaterThan((32 * 32) / 2);
    expect(opaque).toBeGreaterThan((32 * 32) / 20);
  });
});

describe('readPngHeader', () => {
  it('rejects bytes that are not a PNG, or are cut short', () => {
    expect(readPngHeader(Buffer.from('GIF89a-not-a-png-at-all-not-at-all'))).toBeUndefined();
    expect(readPngHeader(icon('outline.png').subarray(0, 20))).toBeUndefined();
  });

  it('sees transparency from the colour type or from a tRNS chunk before the image data', () => {
    expect(readPngHeader(pngWith(2, []))).toMatchObject({ colorType: 2, hasAlpha: false });
    expect(readPngHeader(pngWith(2, ['tRNS']))).toMatchObject({ colorType: 2, hasAlpha: true });
    expect(readPngHeader(pngWith(3, ['PLTE', 'tRNS']))).toMatchObject({ colorType: 3, hasAlpha: true });
    expect(readPngHeader(pngWith(2, ['IDAT', 'tRNS']))).toMatchObject({ hasAlpha: false });
    expect(readPngHeader(pngWith(4, []))).toMatchObject({ hasAlpha: true });
  });
});
