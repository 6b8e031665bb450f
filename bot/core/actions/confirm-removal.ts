import type { View } from '../../../cards/views';
import { INPUTS } from '../../../cards/views';
import { runExecution, type Selection, startExecution } from '../../../services/licensing/execute-removal';
import { loadRequester } from '../../../services/licensing/plan-removal';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import { resultView, viewOfRequest } from '../present-request';
import type { ActionTurn } from '../turns';
import { type ActionHandler, alreadyHandled, coalescingPublisher, notice } from './action-context';

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

export const confirmRemoval: ActionHandler = async (deps, turn, doc) => {
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  if (doc.state !== 'awaiting-confirmation' || !doc.plan) return alreadyHandled(doc);
  // Authority is checked again at the click, against the directory as it is now.
  const who = await loadRequester(deps.graph, turn.userId);
  if (who?.authority.kind !== 'admin') {
    return {
      view: {
        kind: 'refused',
        locale: doc.locale,
        code: 'not-allowed',
        admins: (who?.admins ?? []).map((a) => a.displayName),
      },
    };
  }
  const selection = selectionFrom(doc, turn.inputs);
  if ((selection.userIds && selection.userIds.length === 0) || (selection.skuIds && selection.skuIds.length === 0)) {
    return notice(doc.locale, 'nothing-selected');
  }
  const started = await startExecution(deps.graph, deps.repo, deps.tenantId, doc.id, turn.userId, { selection });
  if (started.kind === 'not-found') return notice(doc.locale, 'unknown-request');
  if (started.kind === 'already-handled') return alreadyHandled(started.request);
  const first = viewOfRequest(started.request, deps.repo.clock.now());
  return {
    view: first,
    followUp: async (publish) => {
      const progress = coalescingPublisher(publish);
      const total = Object.keys(started.request.outcomes ?? {}).length;
      const result = await runExecution(deps.graph, deps.repo, started.request, turn.userId, (done) => {
        progress.push({ kind: 'progress', locale: doc.locale, requestId: doc.id, done, total, operation: 'remove' });
      });
      await progress.drain();
      const final: View =
        result.kind === 'executed'
          ? resultView(result.request, deps.repo.clock.now())
          : { kind: 'notice', locale: doc.locale, code: 'internal-error' };
      deps.logger.info(
        { requestId: doc.id, state: result.kind === 'executed' ? result.request.state : result.kind },
        'removal finished',
      );
      return final;
    },
  };
};
