import { type Activity, TeamsInfo, TurnContext } from 'botbuilder';
import type { Locale } from '../../cards/views';
import type { Mention } from '../language/parsed-request';

/** In group chats and channels the bot answers only when @mentioned; in personal chat always. */
export function isAddressedToBot(activity: Activity): boolean {
  if ((activity.conversation.conversationType ?? 'personal') === 'personal') return true;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
  );
}

/** Teams sends `sv-SE`, `en-US` …: Swedish when it says so; otherwise the core looks at the text. */
export function teamsLocale(activity: Pick<Activity, 'locale'>): Locale | undefined {
  return activity.locale?.toLowerCase().startsWith('sv') ? 'sv' : undefined;
}

interface MentionEntity {
  type: string;
  text?: string;
  mentioned?: { id?: string; name?: string; aadObjectId?: string };
}

/**
 * `<at>` mentions of people (not the bot) as identities for the core. Teams does not always put
 * the Entra object id in the entity; then it is asked for (roster lookup). A mention that cannot
 * be resolved stays as typed text, which the planner resolves by name like anything else.
 */
export async function peopleMentions(context: TurnContext): Promise<Mention[]> {
  const activity = context.activity;
  const out: Mention[] = [];
  for (const raw of activity.entities ?? []) {
    const e = raw as MentionEntity;
    if (e.type !== 'mention' || !e.text || !e.mentioned?.id || e.mentioned.id === activity.recipient.id) continue;
    let aadObjectId = e.mentioned.aadObjectId;
    if (!aadObjectId) {
      aadObjectId = await TeamsInfo.getMember(context, e.mentioned.id).then(
        (m) => m.aadObjectId,
        () => undefined,
      );
    }
    if (aadObjectId) out.push({ placeholder: e.text, userId: aadObjectId, displayName: e.mentioned.name ?? e.text });
  }
  return out;
}

/** The message text without the bot's own mention. */
export function textWithoutBotMention(activity: Activity): string {
  return TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
}
