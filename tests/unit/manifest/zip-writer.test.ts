import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { writeZip } from '../../../bot/manifest/zip-writer';
import { readZip } from './zip-reader';

/** Deterministic bytes that do not compress (a SHA-256 chain), so the test never depends on luck. */
function noise(blocks: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; i < blocks; i++) out.push(createHash('sha256').update(`block ${i}`).digest());
  return Buffer.concat(out);
}

describe('writeZip', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify({ text: 'a'.repeat(500) })) },
    { name: 'noise.bin', data: noise(10) },
    { name: 'mapp/ö.txt', data: Buffer.from('svenska: åäö\n') },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('writes an archive a reader gets the same files back from, in order, with correct CRCs', () => {
    const read = readZip(writeZip(entries));
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((entry, i) => {
      const source = entries[i]!;
      expect(entry.data.equals(source.data)).toBe(true);
      expect(entry.crc).toBe(crc32(source.data));
      expect(entry.localCrc).toBe(entry.crc);
      expect(entry.localName).toBe(entry.name);
    });
  });

  it('deflates what compresses and stores what does not', () => {
    const methods = Object.fromEntries(readZip(writeZip(entries)).map((e) => [e.name, e.method]));
    expect(methods['manifest.json']).toBe(8);
    expect(methods['noise.bin']).toBe(0);
    expect(methods['empty.txt']).toBe(0);
  });

  it('is reproducible: the same entries give the same bytes', () => {
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('writes a valid empty archive (just the end record)', () => {
    const zip = writeZip([]);
    expect(zip.length).toBe(22);
    expect(readZip(zip)).toEqual([]);
  });

  it.each(['', '/etc/passwd', '../up.txt', 'a/../../b'])('refuses the unsafe name %j', (name) => {
    expect(() => writeZip([{ name, data: Buffer.from('x') }])).toThrow(/unsafe entry name/);
  });

  it('refuses duplicate names', () => {
    const data = Buffer.from('x');
    expect(() =>
      writeZip([
        { name: 'a', data },
        { name: 'a', data },
      ]),
    ).toThrow(/duplicate entry name/);
  });
});
