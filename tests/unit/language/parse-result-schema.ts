import { z } from 'zod';

/*
 * A zod mirror of ParseResult, used to validate the corpus fixture on load and every fuzz result.
 * Strict objects: an extra or misspelt field in a result or fixture fails loudly.
 */

export const localeSchema = z.enum(['sv', 'en']);

const nonBlank = z.string().refine((s) => s.trim() === s && s.length > 0, 'trimmed and non-empty');

export const personRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: nonBlank }),
  z.strictObject({ kind: z.literal('identity'), userId: z.string().min(1), displayName: z.string() }),
]);

export const productRefSchema = z.strictObject({ text: nonBlank });

export const parsedRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('remove'),
    products: z.union([z.literal('all'), z.array(productRefSchema).min(1)]),
    people: z.array(personRefSchema).min(1),
  }),
  z.strictObject({ kind: z.literal('list-user-licenses'), person: personRefSchema }),
  z.strictObject({ kind: z.literal('who-has'), product: productRefSchema }),
  z.strictObject({ kind: z.literal('free-seats'), product: productRefSchema.optional() }),
  z.strictObject({ kind: z.literal('help') }),
]);

export const problemCodeSchema = z.enum([
  'empty',
  'unknown-intent',
  'missing-product',
  'missing-people',
  'missing-person',
  'too-long',
]);

export const parseResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), locale: localeSchema, request: parsedRequestSchema }),
  z.strictObject({
    ok: z.literal(false),
    locale: localeSchema,
    intent: z.enum(['remove', 'list-user-licenses', 'who-has', 'free-seats', 'help']).optional(),
    problems: z.array(z.strictObject({ code: problemCodeSchema })).min(1),
  }),
]);

export const mentionSchema = z.strictObject({
  placeholder: z.string().min(1),
  userId: z.string().min(1),
  displayName: z.string(),
});

export const corpusSchema = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(
    z.strictObject({
      text: z.string(),
      options: z
        .strictObject({ locale: localeSchema.optional(), mentions: z.array(mentionSchema).optional() })
        .optional(),
      expected: parseResultSchema,
      note: z.string().optional(),
    }),
  ),
});
