import { buildNoticeCard } from '../../../cards/adaptive/build-notice-card';
import { buildNoticeBlocks } from '../../../cards/slack/build-notice-blocks';
import { VERBS, type NoticeView } from '../../../cards/views';

describe('a notice that can still be withdrawn', () => {
  const sent: NoticeView = {
    kind: 'notice',
    locale: 'sv',
    code: 'sent-for-approval',
    params: { approvers: ['Maria Nilsson'], unreachable: [], expires: '2026-12-08T09:00:00Z' },
    cancelRequestId: '7a0c6f0e-0000-4000-8000-000000000001',
  };

  it('offers Cancel in Teams and Slack, with the request id only', () => {
    const card = JSON.stringify(buildNoticeCard(sent));
    expect(card).toContain(`"verb":"${VERBS.cancel}"`);
    expect(card).toContain('"data":{"requestId":"7a0c6f0e-0000-4000-8000-000000000001"}');
    expect(card).toContain('"title":"Avbryt"');
    const blocks = buildNoticeBlocks(sent).blocks;
    expect(blocks).toContainEqual(
      expect.objectContaining({
        type: 'actions',
        elements: [expect.objectContaining({ action_id: VERBS.cancel, value: sent.cancelRequestId })],
      }),
    );
  });

  it('offers nothing when the notice is final', () => {
    const { cancelRequestId: _omitted, ...final } = sent;
    expect(JSON.stringify(buildNoticeCard(final))).not.toContain(VERBS.cancel);
    expect(buildNoticeBlocks(final).blocks.map((b) => b.type)).toEqual(['section']);
  });
});
