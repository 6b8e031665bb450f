import { z } from 'zod';

const id = z.string().min(1).max(1024);
const account = z.looseObject({ id, name: z.string().optional(), aadObjectId: z.string().optional() });

/**
 * The fields of an incoming Activity that botbuilder and the bot read without checking, with the
 * types they assume. Anything else passes through (the handlers check what they use). An
 * activity without these got a 5xx from a TypeError deep inside; now it is a 400 naming the field.
 */
const activityShape = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({ id, conversationType: z.string().optional(), tenantId: z.string().optional() }),
  replyToId: z.string().max(1024).optional(),
  locale: z.string().max(64).optional(),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  textFormat: z.string().max(64).optional(),
  text: z.string().optional(),
  name: z.string().max(256).optional(),
  entities: z.array(z.looseObject({ type: z.string().optional() })).optional(),
  attachments: z.array(z.looseObject({})).optional(),
  channelData: z
    .looseObject({ tenant: z.looseObject({ id: z.string() }).optional(), eventType: z.string().optional() })
    .optional(),
});

/** An Action.Execute click: what `onAdaptiveCardInvoke` reads. */
const cardActionValue = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().max(256),
    data: z.looseObject({}).optional(),
  }),
});

/** The only invoke the bot answers; botbuilder answers any other with 501. */
export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

export type ActivityCheck = { ok: true } | { ok: false; error: string };

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

/** Checks a parsed body before botbuilder sees it. */
export function checkActivity(body: unknown): ActivityCheck {
  const shape = activityShape.safeParse(body);
  if (!shape.success) return { ok: false, error: `not a Bot Framework activity (${firstProblem(shape.error)})` };
  const activity = shape.data;
  if (activity.type !== 'invoke') return { ok: true };
  if (activity.name !== CARD_ACTION_INVOKE) return { ok: false, error: 'unsupported invoke' };
  const value = cardActionValue.safeParse(activity.value);
  if (!value.success) return { ok: false, error: `not a card action (value.${firstProblem(value.error)})` };
  return { ok: true };
}
