import { randomUUID } from 'node:crypto';

/** Builders for the Activity JSON Teams posts to `/api/messages`, with overrides. */

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface ActivityOptions {
  serviceUrl: string;
  from: TeamsUser;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  locale?: string;
  tenantId?: string;
}

const BOT = { id: '28:license-desk', name: 'License Desk' };

function base(o: ActivityOptions) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'en-US',
    from: o.from,
    recipient: BOT,
    conversation: {
      id: o.conversationId ?? `personal-${o.from.aadObjectId}`,
      conversationType: o.conversationType ?? 'personal',
      tenantId: o.tenantId ?? 'tenant',
    },
    channelData: { tenant: { id: o.tenantId ?? 'tenant' } },
  };
}

export function aTeamsMessage(o: ActivityOptions & { text: string; entities?: unknown[] }) {
  return { ...base(o), type: 'message', text: o.text, ...(o.entities ? { entities: o.entities } : {}) };
}

/** A message that @mentions the bot (as group chats and channels require). */
export function aMentionOfTheBot(o: ActivityOptions & { text: string; otherMentions?: { user: TeamsUser }[] }) {
  const entities = [
    { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT },
    ...(o.otherMentions ?? []).map((m) => ({ type: 'mention', text: `<at>${m.user.name}</at>`, mentioned: m.user })),
  ];
  return aTeamsMessage({ ...o, text: `<at>${BOT.name}</at> ${o.text}`, entities });
}

/** `adaptiveCard/action` invoke: what Teams sends when someone clicks an Action.Execute. */
export function anActionInvoke(
  /** `replyToId` undefined: an invoke that names no card (Teams always sends one; others may not). */
  o: ActivityOptions & { verb: string; data: Record<string, unknown>; replyToId: string | undefined },
) {
  return {
    ...base(o),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: o.replyToId,
    value: { action: { type: 'Action.Execute', verb: o.verb, data: o.data }, trigger: 'manual' },
  };
}

export function anInstallation(o: ActivityOptions) {
  return { ...base(o), type: 'installationUpdate', action: 'add' };
}
