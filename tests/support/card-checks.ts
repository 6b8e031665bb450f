/**
 * Checks every Adaptive Card License Desk sends: the `adaptivecards` library's own parse and
 * validation (unknown types, bad enums, missing ids), plus what the library lets through and
 * Teams or our trust model does not: verbs from VERBS inside ActionSets, non-empty TextBlocks,
 * unique input ids, version 1.5, refresh.userIds ≤ 60, action data holding only the request id,
 * and the serialised size under 80 KB.
 */
import * as AC from 'adaptivecards';
import { VERBS } from '../../cards/views';

/**
 * Teams answers 413 MessageSizeTooBig above ~100 KB per bot message, counted as UTF-16, and
 * recommends staying within 80 KB ("Format your bot messages", Microsoft Learn). Measured the
 * same way here, so the card leaves room for the activity around it.
 */
export const MAX_CARD_BYTES = 80 * 1024;

const KNOWN_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS));
const ALLOWED_DATA_KEYS: ReadonlySet<string> = new Set(['requestId']);

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the tree with the path of keys that led to it. */
function walk(node: unknown, path: string[], visit: (obj: Json, path: string[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, [...path, String(i)], visit));
  } else if (isObject(node)) {
    visit(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, [...path, k], visit);
  }
}

/** Serialised size as Teams counts it (UTF-16). */
export function cardBytes(json: unknown): number {
  return Buffer.byteLength(JSON.stringify(json), 'utf16le');
}

/** Problems the library does not report; empty when the card is fine. */
export function adaptiveCardProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(json)) return ['card is not an object'];
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${String(json.type)}`);
  if (json.version !== '1.5') problems.push(`version is ${String(json.version)}`);
  if (typeof json.$schema !== 'string') problems.push('$schema missing');
  if ('actions' in json) problems.push('card-level actions: put actions in an ActionSet');

  const size = cardBytes(json);
  if (size >= MAX_CARD_BYTES) problems.push(`card is ${size} bytes (limit ${MAX_CARD_BYTES})`);

  if (json.refresh !== undefined) {
    const refresh = json.refresh as Json;
    const userIds = refresh.userIds;
    if (!Array.isArray(userIds) || userIds.length === 0 || userIds.length > 60)
      problems.push('refresh.userIds must hold 1–60 ids');
    const action = refresh.action as Json | undefined;
    if (action?.verb !== VERBS.refresh) problems.push('refresh action verb is not VERBS.refresh');
  }

  const inputIds = new Set<string>();
  const elementIds = new Set<string>();
  const toggleTargets: string[] = [];
  walk(json.body, ['body'], (obj, path) => {
    const type = obj.type;
    const where = path.join('.');
    if (type === 'TextBlock' && (typeof obj.text !== 'string' || obj.text.trim() === '')) {
      problems.push(`${where}: TextBlock without text`);
    }
    if (typeof type === 'string' && type.startsWith('Input.')) {
      const id = obj.id;
      if (typeof id !== 'string' || id === '') problems.push(`${where}: input without id`);
      else if (inputIds.has(id)) problems.push(`${where}: duplicate input id ${id}`);
      else inputIds.add(id);
    }
    if (type === 'Action.ToggleVisibility') {
      // Shows details on the card itself: no verb, no data, but every target must exist.
      const targets = obj.targetElements;
      if (!Array.isArray(targets) || targets.length === 0) problems.push(`${where}: ToggleVisibility without targets`);
      else toggleTargets.push(...targets.map(String));
      if (typeof obj.title !== 'string' || obj.title.trim() === '') problems.push(`${where}: action without title`);
    } else if (typeof type === 'string' && type.startsWith('Action.')) {
      if (type !== 'Action.Execute')
        problems.push(`${where}: ${type} (only Action.Execute and ToggleVisibility are used)`);
      if (path[path.length - 2] !== 'actions' || !where.includes('actions'))
        problems.push(`${where}: action outside an ActionSet`);
      if (typeof obj.verb !== 'string' || !KNOWN_VERBS.has(obj.verb))
        problems.push(`${where}: unknown verb ${String(obj.verb)}`);
      if (typeof obj.title !== 'string' || obj.title.trim() === '') problems.push(`${where}: action without title`);
      const data = obj.data;
      if (!isObject(data) || typeof data.requestId !== 'string' || data.requestId === '') {
        problems.push(`${where}: action data without requestId`);
      } else {
        const extra = Object.keys(data).filter((k) => !ALLOWED_DATA_KEYS.has(k));
        if (extra.length > 0) problems.push(`${where}: action data carries ${extra.join(', ')}`);
      }
    }
    if (typeof obj.id === 'string' && !(typeof type === 'string' && type.startsWith('Input.'))) elementIds.add(obj.id);
  });
  for (const t of toggleTargets)
    if (!elementIds.has(t)) problems.push(`ToggleVisibility target ${t} is not on the card`);
  // Every action sits in an ActionSet's `actions` array.
  walk(json.body, ['body'], (obj, path) => {
    if (Array.isArray(obj.actions) && obj.type !== 'ActionSet')
      problems.push(`${path.join('.')}: actions outside an ActionSet`);
  });
  return problems;
}

/** Validation events of the adaptivecards library (parse + validateProperties). */
export function libraryEvents(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(json, ctx);
  const events: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) events.push(`parse: ${ctx.getEventAt(i).message}`);
  for (const e of card.validateProperties().validationEvents) events.push(`validate: ${e.message}`);
  return events;
}

/** Fails the test with every problem found. */
export function expectValidAdaptiveCard(json: unknown): void {
  expect([...libraryEvents(json), ...adaptiveCardProblems(json)]).toEqual([]);
}

/** All the text a card shows (TextBlocks, facts, toggle and choice titles, action titles, labels). */
export function cardText(json: unknown): string {
  const parts: string[] = [];
  walk(json, [], (obj) => {
    for (const key of ['text', 'title', 'value', 'label', 'placeholder']) {
      const v = obj[key];
      if (typeof v === 'string' && !(key === 'value' && obj.type?.toString().startsWith('Input.'))) parts.push(v);
    }
  });
  return parts.join('\n');
}
