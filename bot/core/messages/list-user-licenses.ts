import type { ParsedRequest } from '../../language/parsed-request';
import { userLicenses } from '../../../services/licensing/license-queries';
import type { CoreDeps } from '../core-deps';
import { personView, productView } from '../present-plan';
import { withSelfReferences } from '../self-references';
import { clarifyOnly, type MessageHandler } from './message-context';

/** "What licenses does Bo have?": each license, direct or through which groups. */
export const answerUserLicenses: MessageHandler<Extract<ParsedRequest, { kind: 'list-user-licenses' }>> = async (
  deps,
  turn,
  locale,
  request,
) => {
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
};

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
