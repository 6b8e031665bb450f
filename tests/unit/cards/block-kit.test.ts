import { buildBlocks } from '../../../cards/slack/build-blocks';
import { SLACK_LIMITS } from '../../../cards/slack/slack-limits';
import type { View } from '../../../cards/views';
import { blockKitProblems, blockKitText, expectValidBlockKit } from './block-kit-checks';
import { aConfirmation, aLargeConfirmation, aResult, anApproval, everyView, personNo } from './view-fixtures';

const REQUEST_IDS = new Set(['req-1', 'req-1-b2', 'req-2', 'req-3']);

describe('every Block Kit message', () => {
  for (const locale of ['sv', 'en'] as const) {
    it.each(everyView(locale).map((v, i) => [`${i} ${v.kind}`, v] as const))(
      `${locale}: %s respects the limits`,
      (_n, view: View) => {
        expectValidBlockKit(buildBlocks(view), REQUEST_IDS);
      },
    );
  }
});

describe('confirmation message', () => {
  it('mirrors the admin-center dialog with a guarded danger button', () => {
    const msg = buildBlocks(aConfirmation());
    expect(msg.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Ta bort tilldelning av licenser' },
    });
    const actions = msg.blocks.filter((b) => b.type === 'actions').pop();
    expect(actions?.type).toBe('actions');
    const [unassign, cancel] = actions?.type === 'actions' ? actions.elements : [];
    expect(unassign).toMatchObject({
      action_id: 'licenseDesk.confirm',
      value: 'req-1',
      style: 'danger',
      text: { text: 'Ta bort tilldelning' },
      confirm: {
        title: { text: 'Ta bort tilldelning?' },
        confirm: { text: 'Ta bort tilldelning' },
        deny: { text: 'Avbryt' },
      },
    });
    expect(unassign?.confirm?.text.text).toContain('Office 365 E3');
    expect(cancel).toMatchObject({ action_id: 'licenseDesk.cancel', value: 'req-1', text: { text: 'Avbryt' } });
  });

  it('pre-checks the removable users and lists the others with their reason', () => {
    const msg = buildBlocks(aConfirmation());
    const input = msg.blocks.find((b) => b.type === 'input' && b.block_id === 'users:0');
    expect(
      input?.type === 'input' && input.element.type === 'checkboxes'
        ? input.element.initial_options?.map((o) => o.value)
        : [],
    ).toEqual(['11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222']);
    expect(blockKitText(msg)).toContain('Cilla Berg: tilldelad via gruppen Sälj');
  });

  it('splits 20 users into checkbox blocks of 10 (users:0, users:1)', () => {
    const msg = buildBlocks(aLargeConfirmation(20));
    const ids = msg.blocks.filter((b) => b.type === 'input').map((b) => (b.type === 'input' ? b.block_id : ''));
    expect(ids).toEqual(['users:0', 'users:1']);
    expectValidBlockKit(msg, REQUEST_IDS);
  });

  it('summarises 30 users with full consequences and still offers every user as a checkbox', () => {
    const view = aLargeConfirmation(30);
    const msg = buildBlocks(view);
    expectValidBlockKit(msg, REQUEST_IDS);
    const offered = msg.blocks.flatMap((b) =>
      b.type === 'input' && b.element.type === 'checkboxes' ? b.element.options.map((o) => o.value) : [],
    );
    const removable = view.entries.filter((e) => e.reason === 'remove').map((e) => e.userId);
    expect(offered).toEqual(removable);
    expect(blockKitText(msg)).toMatch(/…och \d+ till/);
  });

  it('keeps a checkbox for each of 50 users by summarising everything else', () => {
    const view = aLargeConfirmation(50);
    const msg = buildBlocks(view);
    expectValidBlockKit(msg, REQUEST_IDS);
    const offered = msg.blocks.flatMap((b) =>
      b.type === 'input' && b.element.type === 'checkboxes' ? b.element.options : [],
    );
    expect(offered).toHaveLength(view.entries.filter((e) => e.reason === 'remove').length);
  });

  it('stays inside the limits even for 200 users, saying that details were left out', () => {
    const msg = buildBlocks(aLargeConfirmation(200));
    expectValidBlockKit(msg, REQUEST_IDS);
    expect(blockKitText(msg)).toContain('En del detaljer har utelämnats');
    expect(msg.blocks[0]?.type).toBe('header');
    expect(msg.blocks[msg.blocks.length - 1]?.type).toBe('actions');
  });

  it('asks for a reason and sends for approval in needs-approval mode', () => {
    const msg = buildBlocks(aConfirmation({ mode: 'needs-approval', locale: 'en' }));
    expect(msg.blocks.some((b) => b.type === 'input' && b.block_id === 'reason')).toBe(true);
    const text = JSON.stringify(msg.blocks);
    expect(text).toContain('"action_id":"licenseDesk.sendForApproval"');
    expect(text).not.toContain('"action_id":"licenseDesk.confirm"');
  });
});

describe('result and approval messages', () => {
  it('offers Undo, the next batch and Done', () => {
    const msg = buildBlocks(aResult());
    const buttons = msg.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => [b.action_id, b.value, b.text.text])).toEqual([
      ['licenseDesk.undo', 'req-1', 'Ångra'],
      ['licenseDesk.nextBatch', 'req-1-b2', 'Nästa omgång (2 av 3)'],
      ['licenseDesk.done', 'req-1', 'Klar'],
    ]);
    expect(blockKitText(msg)).toContain('a1b2c3d4-graph');
  });

  it('shows Approve and Reject only while pending', () => {
    const pending = JSON.stringify(buildBlocks(anApproval()).blocks);
    expect(pending).toContain('licenseDesk.approve');
    expect(pending).toContain('licenseDesk.reject');
    const approved = buildBlocks(
      anApproval({ status: 'approved', decidedBy: 'Maria Nilsson', decidedAt: '2026-03-12T14:05:00Z' }),
    );
    expect(approved.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(blockKitText(approved)).toContain('Godkänd av Maria Nilsson kl. 14:05 (UTC) den 12 mars 2026');
  });
});

describe('the checker itself', () => {
  it('reports limits a hand-made message breaks', () => {
    const problems = blockKitProblems({
      text: 'x',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) } },
        {
          type: 'actions',
          elements: [
            { type: 'button', text: { type: 'plain_text', text: 'b' }, action_id: 'not-a-verb', value: 'req-1|userid' },
          ],
        },
        {
          type: 'input',
          block_id: 'users:0',
          label: { type: 'plain_text', text: 'u' },
          element: {
            type: 'checkboxes',
            action_id: 'users',
            options: Array.from({ length: 11 }, (_, i) => ({
              text: { type: 'mrkdwn' as const, text: `o${i}` },
              value: `v${i}`,
            })),
          },
        },
        ...Array.from({ length: SLACK_LIMITS.blocksPerMessage }, () => ({ type: 'divider' as const })),
      ],
    });
    expect(problems.join('\n')).toMatch(/blocks >/);
    expect(problems.join('\n')).toMatch(/151 chars > 150/);
    expect(problems.join('\n')).toMatch(/3001 chars > 3000/);
    expect(problems.join('\n')).toMatch(/not a verb/);
    expect(problems.join('\n')).toMatch(/only choice buttons/);
    expect(problems.join('\n')).toMatch(/11 options/);
  });

  it('accepts people named in checkbox options up to the option limits', () => {
    const long = personNo(1, { displayName: 'N'.repeat(200), address: `${'a'.repeat(200)}@contoso.se` });
    const msg = buildBlocks(
      aConfirmation({ users: [long], entries: [{ userId: long.id, skuId: 'x', reason: 'remove' }] }),
    );
    expectValidBlockKit(msg, REQUEST_IDS);
  });
});
