import type { LicenseGraph } from '../../services/graph/license-graph';
import type { HelpView, Locale, RefusedView, View } from '../../cards/views';
import { freeSeats, userLicenses, whoHas } from '../../services/licensing/license-queries';
import { loadRequester, planRemoval } from '../../services/licensing/plan-removal';
import type { RemovalAsk } from '../../services/licensing/removal-ask';
import { isRemovable } from '../../services/licensing/removal-plan';
import type { Admin } from '../../services/licensing/requester-authority';
import { detectLocale } from '../language/detect-locale';
import { parseRequest } from '../language/parse-request';
import type { CoreDeps } from './core-deps';
import { clarifyView, confirmView, personView, productView } from './present-plan';
import type { CoreReply, MessageTurn } from './turns';
import { withFaultNotice } from './with-fault-notice';
import { withSelfReferences } from './self-references';

/** The locale of a turn: Swedish when the channel says so, otherwise from the text (English by default). */
export function turnLocale(turn: Pick<MessageTurn, 'locale' | 'text'>): Locale {
  return turn.locale === 'sv' ? 'sv' : detectLocale(turn.text);
}

/** A chat message: understand it, then answer a question or start a removal. */
export function handleMessage(deps: CoreDeps, turn: MessageTurn): Promise<CoreReply> {
  const locale = turnLocale(turn);
  return withFaultNotice(deps, locale, async () => {
    const parsed = parseRequest(turn.text, { locale, ...(turn.mentions ? { mentions: turn.mentions } : {}) });
    if (!parsed.ok) return { view: { kind: 'parse-help', locale, code: parsed.problems[0]?.code ?? 'unknown-intent' } };
    const request = parsed.request;
    switch (request.kind) {
      case 'help':
        return { view: await helpView(deps, turn.userId, locale, false) };
      case 'remove':
        return startRemoval(
          deps,
          turn,
          locale,
          {
            products: request.products,
            people: withSelfReferences(request.people, { userId: turn.userId, displayName: '' }),
          },
          deps.messageGraph,
        );
      case 'list-user-licenses': {
        const [person] = withSelfReferences([request.person], { userId: turn.userId, displayName: '' });
        const r = await userLicenses(deps.messageGraph, person ?? request.person);
        if (r.kind === 'clarify') return clarifyOnly(locale, r.clarifications);
        const groups = await groupNames(
          deps,
          r.answer.licenses.flatMap((l) => l.groupIds),
        );
        return {
          view: {
            kind: 'user-licenses',
            locale,
            user: personView(r.answer.user),
            licenses: r.answer.licenses.map((l) => ({
              product: productView(l.product),
              direct: l.direct,
              groups: l.groupIds.map((id) => groups.get(id) ?? id),
            })),
          },
        };
      }
      case 'who-has': {
        const r = await whoHas(deps.messageGraph, request.product);
        if (r.kind === 'clarify') return clarifyOnly(locale, r.clarifications);
        const shown = r.answer.users.slice(0, MAX_LISTED);
        return {
          view: {
            kind: 'who-has',
            locale,
            product: productView(r.answer.product),
            users: shown.map(personView),
            truncated: r.answer.users.length - shown.length,
          },
        };
      }
      case 'free-seats': {
        const r = await freeSeats(deps.messageGraph, request.product);
        if (r.kind === 'clarify') return clarifyOnly(locale, r.clarifications);
        return { view: { kind: 'free-seats', locale, products: r.answer.map(productView) } };
      }
    }
  });
}

/** Who-has lists stay readable in a card; the rest is counted. */
const MAX_LISTED = 50;

export async function helpView(deps: CoreDeps, userId: string, locale: Locale, welcome: boolean): Promise<HelpView> {
  // Only says whether to mention removals in the help text: nothing is allowed by it.
  const who = await loadRequester(deps.messageGraph, userId);
  return {
    kind: 'help',
    locale,
    welcome,
    canRemove: who?.authority.kind === 'admin' || who?.authority.kind === 'manager',
  };
}

async function groupNames(deps: CoreDeps, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = await Promise.all(
    unique.map((id) =>
      deps.messageGraph.getGroup(id).then(
        (g) => g.displayName ?? id,
        () => id,
      ),
    ),
  );
  return new Map(unique.map((id, i) => [id, names[i] ?? id]));
}

/** Read-only questions keep no state: a clarification just asks the user to ask again more precisely. */
function clarifyOnly(locale: Locale, clarifications: Parameters<typeof clarifyView>[2][]): CoreReply {
  const first = clarifications[0];
  return { view: first ? clarifyView('', locale, first) : { kind: 'parse-help', locale, code: 'unknown-intent' } };
}

function refusedView(locale: Locale, code: RefusedView['code'], people: string[], admins: Admin[]): View {
  return { kind: 'refused', locale, code, people, admins: admins.map((a) => a.displayName) };
}

/**
 * Plans the removal and stores it: one request per batch of at most 20 users, or one awaiting a
 * clarification. `graph` is `deps.messageGraph` for a chat message, `deps.graph` after a click.
 */
export async function startRemoval(
  deps: CoreDeps,
  turn: Pick<MessageTurn, 'userId' | 'channel'>,
  locale: Locale,
  ask: RemovalAsk,
  graph: LicenseGraph = deps.graph,
): Promise<CoreReply> {
  const outcome = await planRemoval(graph, turn.userId, ask);
  switch (outcome.kind) {
    case 'unknown-requester':
      return { view: refusedView(locale, 'unknown-requester', [], []) };
    case 'refused':
      return { view: refusedView(locale, outcome.code, outcome.people, outcome.admins) };
    case 'clarify': {
      const doc = await deps.repo.create(
        {
          id: deps.repo.newId(),
          tenantId: deps.tenantId,
          state: 'clarifying',
          channel: turn.channel,
          locale,
          requesterId: turn.userId,
          requesterName: outcome.requester.displayName,
          ask,
          clarifications: outcome.clarifications,
        },
        turn.userId,
      );
      const first = outcome.clarifications[0];
      return { view: first ? clarifyView(doc.id, locale, first) : { kind: 'notice', locale, code: 'internal-error' } };
    }
    case 'plans': {
      // Nothing removable (nobody holds it directly): show the reasons, store nothing to confirm.
      const first = outcome.plans[0];
      if (first && !outcome.plans.some((p) => p.entries.some(isRemovable))) {
        return { view: confirmView('', turn.userId, locale, first) };
      }
      const batchIds = outcome.plans.map(() => deps.repo.newId());
      for (const [i, plan] of outcome.plans.entries()) {
        await deps.repo.create(
          {
            id: batchIds[i] ?? deps.repo.newId(),
            tenantId: deps.tenantId,
            state: 'awaiting-confirmation',
            channel: turn.channel,
            locale,
            requesterId: turn.userId,
            requesterName: outcome.requester.displayName,
            ask,
            plan,
            ...(batchIds.length > 1 ? { batchIds } : {}),
          },
          turn.userId,
        );
      }
      return {
        view: first
          ? confirmView(batchIds[0] ?? '', turn.userId, locale, first)
          : { kind: 'notice', locale, code: 'nothing-to-remove' },
      };
    }
  }
}
