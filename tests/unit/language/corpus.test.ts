import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseOptions } from '../../../bot/language/parsed-request';
import { parseRequest } from '../../../bot/language/parse-request';
import { corpusSchema } from './parse-result-schema';

// Table-driven check of the phrasing corpus. The fixture is validated with zod first, so a
// malformed entry fails as a schema error rather than as a confusing mismatch.
const corpus = corpusSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/language/corpus.json'), 'utf8')),
);

describe('language corpus', () => {
  test('is large and bilingual enough to mean something', () => {
    expect(corpus.entries.length).toBeGreaterThanOrEqual(100);
    const swedish = corpus.entries.filter((e) => e.expected.locale === 'sv').length;
    expect(swedish * 2).toBeGreaterThanOrEqual(corpus.entries.length);
    const texts = corpus.entries.map((e) => `${e.text}|${e.options?.locale ?? ''}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('covers every intent and every problem code except too-long (tested separately)', () => {
    const intents = new Set(corpus.entries.flatMap((e) => (e.expected.ok ? [e.expected.request.kind] : [])));
    expect([...intents].sort()).toEqual(['free-seats', 'help', 'list-user-licenses', 'remove', 'who-has']);
    const codes = new Set(corpus.entries.flatMap((e) => (e.expected.ok ? [] : e.expected.problems.map((p) => p.code))));
    expect([...codes].sort()).toEqual([
      'empty',
      'missing-people',
      'missing-person',
      'missing-product',
      'unknown-intent',
    ]);
  });

  test.each(corpus.entries.map((e) => [JSON.stringify(e.text), e] as const))('%s', (_name, entry) => {
    expect(parseRequest(entry.text, entry.options as ParseOptions | undefined)).toEqual(entry.expected);
  });
});
