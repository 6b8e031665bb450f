import { buildCard } from '../../../cards/adaptive/build-card';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import { escapeMrkdwn, truncate } from '../../../cards/slack/escape-mrkdwn';
import type { View } from '../../../cards/views';
import { blockKitText } from './block-kit-checks';
import { aConfirmation, anApproval, aResult, INJECTION_NAME } from './view-fixtures';

function withEvilNames(): View[] {
  const c = aConfirmation();
  const users = c.users.map((u, i) => (i === 1 ? { ...u, displayName: INJECTION_NAME } : u));
  return [
    { ...c, users },
    { ...aResult(), users },
    { ...anApproval(), users: users.slice(0, 2), reason: '<!channel> *now*' },
  ];
}

describe('user-provided text in both renderers', () => {
  it.each(withEvilNames().map((v) => [v.kind, v] as const))('%s: Adaptive Card markdown is escaped', (_k, view) => {
    const json = JSON.stringify(buildCard(view));
    expect(json).not.toContain('*Bo*');
    expect(json).not.toContain('[x](http://evil)');
    expect(json).toContain('\\\\*Bo\\\\* \\\\[x\\\\]\\\\(http://evil\\\\)');
  });

  it.each(withEvilNames().map((v) => [v.kind, v] as const))('%s: Slack mrkdwn is escaped', (_k, view) => {
    const text = blockKitText(buildBlocks(view));
    expect(text).not.toContain('*Bo*');
    expect(text).toContain('∗Bo∗ [x](http://evil)');
    expect(text).not.toContain('<!channel>');
  });

  it('escapes Slack control characters', () => {
    expect(escapeMrkdwn('A & B <@U1> ~x~ `y`')).toBe('A &amp; B &lt;@U1&gt; ∼x∼ ˋyˋ');
    expect(truncate('abc &amp; def', 8)).toBe('abc …');
  });
});
