import { GraphError } from '../../../services/graph/graph-error';
import type { LicenseGraph } from '../../../services/graph/license-graph';
import { planRemoval } from '../../../services/licensing/plan-removal';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

/** A deployment whose Graph app may not read directory/subscriptions (403) still plans removals. */
describe('planRemoval without permission to read subscriptions', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness();
  });
  afterAll(() => h.close());

  function graphWith(listSubscriptions: LicenseGraph['listSubscriptions']): LicenseGraph {
    return new Proxy(h.graph, {
      get: (target, key, receiver) =>
        key === 'listSubscriptions' ? listSubscriptions : (Reflect.get(target, key, receiver) as unknown),
    });
  }

  test('403: plans without the self-service rule', async () => {
    const forbidden = graphWith(() =>
      Promise.reject(new GraphError('graph/forbidden', 403, 'Authorization_RequestDenied', 'rid', undefined)),
    );
    const outcome = await planRemoval(
      forbidden,
      h.userId('maria.nilsson@contoso.se'),
      ask(['liam.obrien@contoso.se'], ['Power BI Pro']),
    );
    expect(outcome.kind).toBe('plans');
    const entry = outcome.kind === 'plans' ? outcome.plans[0]?.entries[0] : undefined;
    expect(entry?.reason).toBe('remove');
  });

  test('any other failure is not hidden', async () => {
    const down = graphWith(() => Promise.reject(new GraphError('graph/unavailable', 503, undefined, 'rid', undefined)));
    await expect(
      planRemoval(down, h.userId('maria.nilsson@contoso.se'), ask(['bo.ek@contoso.se'], ['Office 365 E3'])),
    ).rejects.toMatchObject({ code: 'graph/unavailable' });
  });
});
