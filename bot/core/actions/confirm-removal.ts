import { INPUTS } from '../../../cards/views';
import { usersOutsideScope } from '../../../services/licensing/admin-scope';
import type { Selection } from '../../../services/licensing/execute-removal';
import { planRemoval } from '../../../services/licensing/plan-removal';
import type { RemovalAsk } from '../../../services/licensing/removal-ask';
import { isRemovable } from '../../../services/licensing/removal-plan';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import { loadRequester } from '../../../services/licensing/requester-authority';
import type { CoreDeps } from '../core-deps';
import { confirmView, scheduleExtras } from '../present-plan';
import { scheduledView } from '../present-scheduled';
import type { ActionTurn, CoreReply } from '../turns';
import { narrowReclaim } from './reclaim-selection';
import { type ActionHandler, alreadyHandled, notAllowed, notice, notMoved, progressReply } from './action-context';
import { planOptions } from '../plan-options';

/**
 * Reads the card's toggles. Unchecked users ("user:<id>" = false) and unchecked licenses
 * ("sku:<id>" = false on the Licenses and apps pane) are left out. Inputs that do not name a
 * user or product of the stored plan are ignored: the plan, not the payload, says what may go.
 */
export function selectionFrom(doc: StoredRequest, inputs: ActionTurn['inputs']): Selection {
  const plan = doc.plan;
  if (!plan) return {};
  const selection: Selection = {};
  const isOff = (v: string | undefined) => v !== undefined && v !== 'true';
  if (plan.users.some((u) => INPUTS.userToggle(u.id) in inputs)) {
    selection.userIds = plan.users.filter((u) => !isOff(inputs[INPUTS.userToggle(u.id)])).map((u) => u.id);
  }
  // On "Licenses and apps" a checked box means "keep": the licenses to remove are the unchecked ones.
  if (plan.userLicenses && plan.products.some((p) => INPUTS.skuToggle(p.skuId) in inputs)) {
    selection.skuIds = plan.products.filter((p) => isOff(inputs[INPUTS.skuToggle(p.skuId)])).map((p) => p.skuId);
  }
  if (inputs[INPUTS.unassignAll] === 'false') selection.skuIds = [];
  return selection;
}

export const confirmRemoval: ActionHandler = async (deps, turn, stored) => {
  let doc = stored;
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  const plan = doc.plan;
  if (doc.state !== 'awaiting-confirmation' || !plan) return alreadyHandled(doc);
  // Authority is checked again at the click, against the directory as it is now.
  const who = await loadRequester(deps.graph, turn.userId);
  if (who?.authority.kind !== 'admin') return notAllowed(doc.locale, who?.admins);
  // An administrative-unit admin: the users to change must still be in their units.
  const outside = await usersOutsideScope(
    deps.graph,
    who.authority.scope,
    plan.entries.filter(isRemovable).map((e) => e.userId),
  );
  if (outside.length > 0) {
    const people = plan.users.filter((u) => outside.includes(u.id)).map((u) => u.displayName);
    const admins = who.admins.map((a) => a.displayName);
    return { view: { kind: 'refused', locale: doc.locale, code: 'outside-admin-unit', people, admins } };
  }
  // "Licenses and apps": a license the admin cleared that was not asked for has consequences the
  // card did not show. Show them first: the same request, planned again with it, to confirm anew.
  const extra = extraClearedLicenses(doc, turn.inputs);
  if (extra.length > 0) return replanWith(deps, turn, doc, extra);
  // A reclaim: only the candidates left checked.
  const narrowed = await narrowReclaim(deps, turn, doc);
  if (narrowed.kind === 'reply') return narrowed.reply;
  doc = narrowed.doc;
  const selection = selectionFrom(doc, turn.inputs);
  if ((selection.userIds && selection.userIds.length === 0) || (selection.skuIds && selection.skuIds.length === 0)) {
    return notice(doc.locale, 'nothing-selected');
  }
  // A date was given and is still ahead: schedule it (with what was left checked) instead of running.
  const schedule = doc.schedule;
  if (schedule && Date.parse(schedule.at) > deps.removals.clock.now().getTime()) {
    const moved = await deps.removals.schedule(doc, turn.userId, {
      at: schedule.at,
      timeZone: schedule.timeZone,
      selection,
    });
    if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
    deps.logger.info({ requestId: doc.id, at: schedule.at }, 'removal scheduled');
    return { view: scheduledView(doc.locale, schedule.timeZone, 'just-scheduled', [moved.request], turn.userId) };
  }
  const started = await deps.removals.start(doc.id, turn.userId, selection);
  if (started.kind === 'not-found') return notice(doc.locale, 'unknown-request');
  if (started.kind === 'already-handled') return alreadyHandled(started.request);
  const outcomes = Object.values(started.request.outcomes ?? {});
  const done = outcomes.filter((o) => o.status !== 'pending').length;
  return progressReply(deps, doc, { operation: 'remove', done, total: outcomes.length }, async (onProgress) => {
    const result = await deps.removals.run(started.request, turn.userId, onProgress);
    return result.kind === 'executed' ? result.request : undefined;
  });
};

/** Licenses on the "Licenses and apps" pane that were cleared but are not part of the plan. */
function extraClearedLicenses(doc: StoredRequest, inputs: ActionTurn['inputs']): string[] {
  const plan = doc.plan;
  if (!plan?.userLicenses) return [];
  const asked = new Set(plan.products.map((p) => p.skuId));
  return plan.userLicenses
    .map((l) => l.product.skuId)
    .filter((skuId) => !asked.has(skuId) && inputs[INPUTS.skuToggle(skuId)] === 'false');
}

async function replanWith(deps: CoreDeps, turn: ActionTurn, doc: StoredRequest, extra: string[]): Promise<CoreReply> {
  const plan = doc.plan;
  const user = plan?.users[0];
  if (!plan || !user) return alreadyHandled(doc);
  const kept = plan.products.filter((p) => turn.inputs[INPUTS.skuToggle(p.skuId)] !== 'true').map((p) => p.skuId);
  const ask: RemovalAsk = {
    people: [{ kind: 'identity', userId: user.id, displayName: user.displayName }],
    products: [...kept, ...extra].map((text) => ({ text })),
  };
  const outcome = await planRemoval(deps.graph, turn.userId, ask, planOptions(deps));
  const next = outcome.kind === 'plans' ? outcome.plans[0] : undefined;
  if (!next) return alreadyHandled(doc);
  const moved = await deps.removals.updateOrLatest(doc, { ask, plan: next });
  if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
  const updated = moved.request;
  // Say what changed and ask for the click again: nothing was removed by this one.
  const name = (skuId: string) =>
    [...next.products, ...plan.products].find((p) => p.skuId === skuId)?.displayName ?? skuId;
  const before = new Set(plan.products.map((p) => p.skuId));
  const after = new Set(next.products.map((p) => p.skuId));
  const replanned = {
    added: [...after].filter((id) => !before.has(id)).map(name),
    dropped: [...before].filter((id) => !after.has(id)).map(name),
  };
  return {
    view: confirmView(updated.id, updated.requesterId, updated.locale, next, {
      replanned,
      ...scheduleExtras(updated.schedule),
    }),
  };
}
