import { z } from 'zod';
import { DIRECTORY_FIELDS, deltaItemSchema, type DeltaItem } from '../directory/directory-user';
import { GraphError } from './graph-error';
import type { GraphTransport } from './graph-transport';
import { relativeNextLink } from './next-link';
import { odataQuery } from './odata';

/** One round of `GET /users/delta`: every page followed to the end. */
export interface UserDeltaRound {
  /** Created, changed and removed users, in the order Graph sent them. */
  items: DeltaItem[];
  /** Absolute `@odata.deltaLink`: where the next round starts (changes since this one). */
  deltaLink: string;
}

/**
 * Reads the tenant's users incrementally with Graph's delta query.
 * Contract: `readUserDelta(undefined)` is a full read (every user, as additions); with the
 * `deltaLink` of the previous round, only what changed since. Rejects with a GraphError; an
 * expired or unknown token is HTTP 410 (`status === 410`), after which the caller starts over
 * with a full read. Bounded: at most `MAX_DELTA_PAGES` pages per round.
 */
export interface UserDeltaReader {
  readUserDelta(deltaLink: string | undefined): Promise<UserDeltaRound>;
}

/** 100,000 users at Graph's page sizes are a few hundred pages; this only stops a server loop. */
export const MAX_DELTA_PAGES = 5_000;

const pageSchema = z.object({
  value: z.array(z.unknown()).default([]),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

/** The first request of a full round: the index's fields only (Graph tracks only what is selected). */
export function initialDeltaPath(): string {
  return `/users/delta?${odataQuery({ $select: DIRECTORY_FIELDS.join(',') })}`;
}

function unexpected(reason: string): GraphError {
  return new GraphError('graph/unexpected', 0, reason, undefined, undefined);
}

/**
 * Follows `@odata.nextLink` until a page carries `@odata.deltaLink`. Items that do not parse
 * (a non-user object Graph might add) are skipped rather than failing the whole round.
 */
export async function readUserDeltaRound(
  transport: Pick<GraphTransport, 'get'>,
  apiRoot: string,
  deltaLink: string | undefined,
): Promise<UserDeltaRound> {
  const items: DeltaItem[] = [];
  let next: string = deltaLink === undefined ? initialDeltaPath() : relativeNextLink(deltaLink, apiRoot);
  for (let page = 0; page < MAX_DELTA_PAGES; page++) {
    const parsed = pageSchema.safeParse(await transport.get<unknown>(next));
    if (!parsed.success) throw unexpected('InvalidDeltaPage');
    for (const raw of parsed.data.value) {
      const item = deltaItemSchema.safeParse(raw);
      if (item.success) items.push(item.data);
    }
    const done = parsed.data['@odata.deltaLink'];
    if (done !== undefined) {
      relativeNextLink(done, apiRoot); // refuses a deltaLink to another host now, not next round
      return { items, deltaLink: done };
    }
    const link = parsed.data['@odata.nextLink'];
    if (link === undefined) throw unexpected('DeltaWithoutLink');
    next = relativeNextLink(link, apiRoot);
  }
  throw unexpected('TooManyDeltaPages');
}
