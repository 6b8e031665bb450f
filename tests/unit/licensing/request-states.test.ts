import type { AuditEvent, RemovalRequest, RequestState } from '../../../services/licensing/removal-request';
import { RequestRepository } from '../../../services/licensing/request-repository';
import { canTransition, IllegalTransitionError, TRANSITIONS } from '../../../services/licensing/request-states';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';

const TENANT = 'tenant-1';

function repository() {
  const requests = new MemoryDocumentStore<RemovalRequest>();
  const audit = new MemoryDocumentStore<AuditEvent>();
  return { repo: new RequestRepository(requests, audit), audit };
}

function newRequest(repo: RequestRepository, state: RequestState = 'awaiting-confirmation') {
  return repo.create(
    {
      id: repo.newId(),
      tenantId: TENANT,
      state,
      channel: 'cli',
      locale: 'en',
      requesterId: 'maria',
      requesterName: 'Maria',
      ask: { people: [], products: [] },
    },
    'maria',
  );
}

describe('TRANSITIONS', () => {
  test('the life of a request, as the README tells it', () => {
    expect(canTransition('clarifying', 'awaiting-confirmation')).toBe(true);
    expect(canTransition('awaiting-confirmation', 'executing')).toBe(true);
    expect(canTransition('awaiting-confirmation', 'awaiting-approval')).toBe(true);
    expect(canTransition('awaiting-approval', 'approved')).toBe(true);
    expect(canTransition('approved', 'executing')).toBe(true);
    expect(canTransition('executing', 'partially-completed')).toBe(true);
    expect(canTransition('completed', 'restoring')).toBe(true);
    expect(canTransition('restoring', 'restored')).toBe(true);
    // An undo that restored nobody returns to where it started.
    expect(canTransition('restoring', 'completed')).toBe(true);
  });

  test('final states lead nowhere, and nothing skips confirmation or approval', () => {
    for (const state of ['failed', 'restored', 'rejected', 'cancelled', 'expired'] as const) {
      expect(TRANSITIONS[state]).toEqual([]);
    }
    expect(canTransition('awaiting-approval', 'executing')).toBe(false);
    expect(canTransition('clarifying', 'executing')).toBe(false);
    expect(canTransition('completed', 'executing')).toBe(false);
    expect(canTransition('executing', 'cancelled')).toBe(false);
  });

  test('every target of the table is a state of the table', () => {
    const states = Object.keys(TRANSITIONS);
    for (const targets of Object.values(TRANSITIONS)) for (const t of targets) expect(states).toContain(t);
  });
});

describe('RequestRepository.transition enforces the table', () => {
  test('an illegal move is a programming error: thrown, nothing written, no audit event', async () => {
    const { repo, audit } = repository();
    const doc = await newRequest(repo);
    const eventsBefore = (await audit.query(TENANT, {}, 'at')).length;
    await expect(repo.transition(doc, 'restored', 'maria')).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(repo.transition(doc, 'approved', 'maria')).rejects.toThrow(
      'illegal request transition awaiting-confirmation → approved',
    );
    expect((await repo.get(TENANT, doc.id))?.state).toBe('awaiting-confirmation');
    expect((await audit.query(TENANT, {}, 'at')).length).toBe(eventsBefore);
  });

  test('a legal move is written with its audit event', async () => {
    const { repo } = repository();
    const doc = await newRequest(repo);
    const moved = await repo.transition(doc, 'cancelled', 'maria');
    expect(moved.state).toBe('cancelled');
    expect((await repo.auditTrail(TENANT, doc.id)).map((e) => [e.from, e.to])).toEqual([
      [undefined, 'awaiting-confirmation'],
      ['awaiting-confirmation', 'cancelled'],
    ]);
  });

  test('a request cannot be created in the middle of its life', async () => {
    const { repo } = repository();
    await expect(newRequest(repo, 'executing')).rejects.toBeInstanceOf(IllegalTransitionError);
  });
});
