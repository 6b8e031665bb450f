/** What the IHDR chunk of a PNG says, plus whether the image can be transparent. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType: number;
  /** True for colour types 4 and 6, or when a `tRNS` chunk is present. */
  hasAlpha: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads a PNG's header without decoding pixels. Returns undefined unless the bytes start with the
 * PNG signature followed by an IHDR chunk (as the PNG spec requires). Chunk CRCs are not checked.
 */
export function readPngHeader(bytes: Buffer): PngHeader | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) return undefined;
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const colorType = bytes.readUInt8(25);
  let hasAlpha = colorType === 4 || colorType === 6;
  // Walk the chunk list for tRNS, which gives palette and RGB images transparency.
  for (let at = 8; !hasAlpha && at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'tRNS') hasAlpha = true;
    if (type === 'IDAT' || type === 'IEND') break; // tRNS must come before IDAT
  }
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes.readUInt8(24),
    colorType,
    hasAlpha,
  };
}
