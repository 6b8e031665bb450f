import { badRequest, graphError } from '../graph-error';
import { odataContext } from '../odata/collection';
import { formatQueryString } from '../odata/query-string';
import type { DeltaRound, DeltaSnapshot } from '../delta-sessions';
import type { Handler, HandlerContext, SimRequest, SimResponse } from '../sim-types';
import type { TenantUser } from '../tenant-file';
import { projectUser, USER_DEFAULT_FIELDS, userSelect, usersContext } from '../user-view';

/** Graph's delta pages are small by default; `Prefer: odata.maxpagesize=N` changes it. */
const DEFAULT_DELTA_PAGE_SIZE = 100;
const MAX_DELTA_PAGE_SIZE = 999;

function tracked(user: TenantUser, fields: readonly string[] | undefined): Record<string, unknown> {
  // `id` always comes back, selected or not (Graph: "The id property is always returned").
  return { ...projectUser(user, fields ?? USER_DEFAULT_FIELDS), id: user.id };
}

function snapshotOf(users: readonly TenantUser[], fields: string[] | undefined): DeltaSnapshot {
  return { fields, users: new Map(users.map((u) => [u.id.toLowerCase(), JSON.stringify(tracked(u, fields))])) };
}

/** What changed since `since`: new or changed users in full (Graph's default), removed ones as `@removed`. */
function changesSince(since: DeltaSnapshot, now: DeltaSnapshot, users: readonly TenantUser[]): unknown[] {
  const out: unknown[] = [];
  for (const user of users) {
    const key = user.id.toLowerCase();
    if (since.users.get(key) !== now.users.get(key)) out.push(tracked(user, now.fields));
  }
  for (const key of since.users.keys()) {
    // "changed": deleted but restorable for 30 days, the only kind of deletion the simulator has.
    if (!now.users.has(key)) out.push({ id: key, '@removed': { reason: 'changed' } });
  }
  return out;
}

function pageSize(req: SimRequest): number | SimResponse {
  const prefer = req.headers.prefer ?? '';
  const match = /(?:^|[\s,;])odata\.maxpagesize=(\d{1,6})(?:$|[\s,;])/i.exec(prefer);
  if (!match?.[1]) return DEFAULT_DELTA_PAGE_SIZE;
  const size = Number(match[1]);
  return size >= 1 ? Math.min(size, MAX_DELTA_PAGE_SIZE) : badRequest('Invalid odata.maxpagesize.');
}

function encodeSkip(roundId: string, offset: number): string {
  return Buffer.from(JSON.stringify({ r: roundId, o: offset })).toString('base64url');
}

function decodeSkip(token: string): { roundId: string; offset: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { r?: unknown; o?: unknown };
    return typeof parsed.r === 'string' && typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0
      ? { roundId: parsed.r, offset: parsed.o }
      : undefined;
  } catch {
    return undefined;
  }
}

function link(ctx: HandlerContext, name: '$skiptoken' | '$deltatoken', token: string): string {
  return `${ctx.baseUrl}/v1.0/users/delta?${formatQueryString(new Map([[name, token]]))}`;
}

/** One page of a round; the last page carries the deltaLink to the round's snapshot. */
function page(ctx: HandlerContext, roundId: string, round: DeltaRound, offset: number, first: boolean): SimResponse {
  const end = offset + round.pageSize;
  const body: Record<string, unknown> = {
    '@odata.context': odataContext(ctx, first ? usersContext(round.snapshot.fields) : 'users'),
  };
  if (end < round.items.length) body['@odata.nextLink'] = link(ctx, '$skiptoken', encodeSkip(roundId, end));
  else body['@odata.deltaLink'] = link(ctx, '$deltatoken', ctx.delta.saveSnapshot(round.snapshot));
  body.value = round.items.slice(offset, end);
  return { status: 200, body };
}

function expired(): SimResponse {
  return graphError(410, 'SyncStateNotFound', 'The sync state generation is not found. Please start a new sync.');
}

/**
 * `GET /users/delta` as Graph serves it: the first request (with `$select`) starts a round that
 * returns every user; `@odata.nextLink` pages carry a `$skiptoken`, the last page an
 * `@odata.deltaLink` with a `$deltatoken`; that link returns the users created or changed since,
 * and removed ones as `{ id, "@removed": { reason } }`. Query options live in the token, as in
 * Graph. `$deltatoken=latest` returns no users and a deltaLink for the current state.
 */
export const usersDelta: Handler = (req, _params, ctx) => {
  const size = pageSize(req);
  if (typeof size !== 'number') return size;
  const skip = req.query.get('$skiptoken');
  if (skip !== undefined) {
    const at = decodeSkip(skip);
    if (!at) return badRequest('Invalid $skiptoken.', 'Request_BadRequest');
    const round = ctx.delta.round(at.roundId);
    return round ? page(ctx, at.roundId, round, at.offset, false) : expired();
  }
  const deltaToken = req.query.get('$deltatoken');
  if (deltaToken !== undefined && deltaToken !== 'latest') {
    const since = ctx.delta.snapshot(deltaToken);
    if (!since) return expired();
    const now = snapshotOf(ctx.state.users, since.fields);
    const round: DeltaRound = { items: changesSince(since, now, ctx.state.users), pageSize: size, snapshot: now };
    return page(ctx, ctx.delta.startRound(round), round, 0, true);
  }
  const select = userSelect(req);
  if (!select.ok) return select.response;
  const snapshot = snapshotOf(ctx.state.users, select.fields);
  const items = deltaToken === 'latest' ? [] : ctx.state.users.map((u) => tracked(u, select.fields));
  const round: DeltaRound = { items, pageSize: size, snapshot };
  return page(ctx, ctx.delta.startRound(round), round, 0, true);
};
