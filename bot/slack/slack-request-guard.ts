import type { IncomingMessage } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { HTTPModuleFunctions, isRawBodyError, verifySlackRequest } from '@slack/bolt';
import { z } from 'zod';
import { REJECT_MODAL_ID } from './reject-modal';

/** Slack's largest payloads (a block_actions with its message's 50 blocks) stay well below this. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

/** Slack's rule: refuse a request whose timestamp differs from now by more than 5 minutes, either way. */
export const SLACK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * The parts of a Slack body that Bolt reads before any listener runs, with the types it assumes.
 * Everything else passes through untouched (listeners validate what they use). Nullable where
 * Slack itself sends null (org-wide installs have no `team`).
 */
const slackBodyShape = z.looseObject({
  type: z.string().optional(),
  team_id: z.string().nullable().optional(),
  enterprise_id: z.string().nullable().optional(),
  user_id: z.string().optional(),
  team: z.looseObject({ id: z.string() }).nullable().optional(),
  enterprise: z.looseObject({ id: z.string() }).nullable().optional(),
  user: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
  // Bolt reads `channel.id` whenever `channel` is not undefined: null is a TypeError there.
  channel: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
  actions: z.array(z.looseObject({ action_id: z.string().optional() })).optional(),
  event: z.looseObject({ type: z.string() }).optional(),
  view: z.looseObject({}).optional(),
  authorizations: z.array(z.looseObject({})).optional(),
});

const userRef = z.looseObject({ id: z.string().min(1) });

/**
 * The kinds of request the app has listeners for (register-listeners), with what Bolt and those
 * listeners read before anything can fail gracefully. Any other kind Bolt answers with 404 only
 * after a 3-second wait for a listener that does not exist; the guard answers it at once.
 */
const handledKinds = {
  slashCommand: z.looseObject({
    command: z.string().min(1),
    user_id: z.string().min(1),
    response_url: z.string(),
    text: z.string().optional(),
  }),
  url_verification: z.looseObject({ type: z.literal('url_verification'), challenge: z.string() }),
  app_rate_limited: z.looseObject({ type: z.literal('app_rate_limited') }),
  event_callback: z.looseObject({
    type: z.literal('event_callback'),
    event_id: z.string().optional(),
    // Bolt reads `event.user.id` for an object user and `'creator' in event.channel` for a non-string one.
    event: z.looseObject({
      type: z.string(),
      user: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
      channel: z.union([z.string(), z.looseObject({})]).optional(),
    }),
  }),
  block_actions: z.looseObject({
    type: z.literal('block_actions'),
    user: userRef,
    actions: z.array(z.looseObject({ action_id: z.string(), type: z.string() })).min(1),
    container: z.looseObject({}).optional(),
  }),
  view_submission: z.looseObject({
    type: z.literal('view_submission'),
    user: userRef,
    view: z.looseObject({
      id: z.string(),
      callback_id: z.literal(REJECT_MODAL_ID),
      private_metadata: z.string().optional(),
      state: z.looseObject({ values: z.record(z.string(), z.unknown()) }),
    }),
  }),
};

function kindOf(body: Record<string, unknown>): keyof typeof handledKinds | undefined {
  if (body.type === undefined && 'command' in body) return 'slashCommand';
  const type = body.type;
  return typeof type === 'string' && Object.hasOwn(handledKinds, type) && type !== 'slashCommand'
    ? (type as keyof typeof handledKinds)
    : undefined;
}

export type SlackGuardStatus = 400 | 401 | 404 | 413 | 415;
export type SlackGuardVerdict = { ok: true } | { ok: false; status: SlackGuardStatus; error: string };

const refuse = (status: SlackGuardStatus, error: string): SlackGuardVerdict => ({ ok: false, status, error });

function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.path.join('.') || '(root)';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** Parses a body as Bolt does (form with `payload`, form fields, or JSON); undefined when it does not parse. */
function parseLikeBolt(contentType: string, text: string): unknown {
  try {
    if (contentType === FORM) {
      const fields = parseQueryString(text);
      return typeof fields.payload === 'string' ? (JSON.parse(fields.payload) as unknown) : { ...fields };
    }
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * What `/slack/events` checks before Bolt sees a request. Bolt reads fields of the parsed body in
 * async code with no error handler (a signed `null` body killed the process), accepts timestamps
 * from the future, and answers 500 for bodies of the wrong shape: this refuses all of those with
 * a 4xx. It buffers the body into `req.rawBody`, which Bolt then uses instead of reading the stream
 * again, and verifies the signature with Bolt's own function (so unsigned requests are 401 first).
 */
export async function guardSlackRequest(
  req: IncomingMessage,
  signingSecret: string,
  nowMs: number = Date.now(),
): Promise<SlackGuardVerdict> {
  // Bolt compares the header exactly (anything else it parses as JSON), so this does too.
  const contentType = header(req, 'content-type') ?? '';
  if (contentType !== FORM && contentType !== JSON_TYPE) return refuse(415, `expected ${FORM} or ${JSON_TYPE}`);
  if (req.headers['content-encoding'] !== undefined) return refuse(415, 'compressed bodies are not accepted');
  if (Number(req.headers['content-length'] ?? '0') > MAX_SLACK_BODY_BYTES) {
    return refuse(413, `body larger than ${MAX_SLACK_BODY_BYTES} bytes`);
  }
  let text: string;
  try {
    text = (await HTTPModuleFunctions.bufferIncomingMessage(req, MAX_SLACK_BODY_BYTES)).rawBody.toString();
  } catch (e) {
    if (isRawBodyError(e) && e.status === 413) return refuse(413, `body larger than ${MAX_SLACK_BODY_BYTES} bytes`);
    return refuse(400, 'the body could not be read');
  }
  // Slack's unsigned SSL check: Bolt answers it itself and drops anything smuggled beside it.
  if (contentType === FORM && parseQueryString(text).ssl_check === '1') return { ok: true };

  const timestamp = header(req, 'x-slack-request-timestamp') ?? '';
  const signature = header(req, 'x-slack-signature');
  if (!/^\d{1,12}$/.test(timestamp) || signature === undefined) return refuse(401, 'unauthorized');
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SLACK_TIMESTAMP_WINDOW_SECONDS) return refuse(401, 'unauthorized');
  try {
    verifySlackRequest({
      signingSecret,
      body: text,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: nowMs,
    });
  } catch {
    return refuse(401, 'unauthorized');
  }

  const body = parseLikeBolt(contentType, text);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return refuse(400, 'expected a Slack payload (a JSON object)');
  }
  const shape = slackBodyShape.safeParse(body);
  if (!shape.success) return refuse(400, `unexpected shape of a Slack payload at ${firstProblem(shape.error)}`);
  const kind = kindOf(body as Record<string, unknown>);
  const viewCallback = (shape.data.view as { callback_id?: unknown } | undefined)?.callback_id;
  if (!kind || (kind === 'view_submission' && viewCallback !== REJECT_MODAL_ID)) {
    return refuse(404, 'License Desk does not handle this kind of Slack request');
  }
  const specific = handledKinds[kind].safeParse(body);
  if (!specific.success) return refuse(400, `unexpected shape of a Slack payload at ${firstProblem(specific.error)}`);
  return { ok: true };
}
