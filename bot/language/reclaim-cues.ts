/*
 * Reclaim cues: "which licenses can we free?", "find unused licenses", "reclaim Visio", "who
 * hasn't used E5 in 90 days" and their Swedish counterparts ("vilka licenser kan vi frigöra?",
 * "hitta oanvända licenser", "frigör Visio", "vem har inte använt E5 på 90 dagar").
 *
 * A small recogniser of its own, run on the filler-stripped text before the removal and
 * question patterns, so an entity-first pipeline can take it over as one more intent: it only
 * needs the cue words below, an optional product text and an optional number of days. It never
 * reads "free licenses" / "lediga licenser" (free seats, a different question): reclaiming is
 * "free UP", "frigöra", "reclaim", "unused", "oanvända", "hasn't used", "har inte använt".
 */
import type { ProductRef } from './parsed-request';

export type ReclaimReasonCue = 'disabled-account' | 'inactive' | 'overlap';

/** What a reclaim message asked for; all parts optional ("find unused licenses"). */
export interface ReclaimRequest {
  kind: 'reclaim';
  products: ProductRef[];
  /** "in 90 days", "på 30 dagar" (1–3650). */
  inactiveDays?: number;
  /** Only these reasons ("inactive users", "dubbla licenser"); absent = all. */
  reasons?: ReclaimReasonCue[];
}

interface Cue {
  pattern: RegExp;
  reasons?: ReclaimReasonCue[];
}

// Words around a product that are not the product: "licenses", "-licenser", "licenser för".
const LICENSE_WORDS = /^(?:the|all|our|de|alla|våra)\s+|\s*-?\b(?:licen[cs]es?|licenser(?:na)?|licens(?:en)?)\b\s*/giu;
const PRODUCT_AFTER_FOR = /^(?:licen[cs]es?|licenser(?:na)?)\s+(?:for|of|för|av)\s+/iu;
const PEOPLE_SEGMENT = /(?<![\p{L}])(?:from|från)\s/iu;
// "signed in to Teams", "loggat in i Teams": the preposition belongs to the verb.
const LEADING_PREPOSITION = /^(?:to|into|i|på)\s+/iu;

const DAYS = String.raw`(?:in|for|during|over|på|under|i)\s+(?:the\s+(?:last|past)\s+|de\s+senaste\s+)?(?<days>\d{1,4})\s+(?:days|dagar(?:na)?)`;

const CUES: readonly Cue[] = [
  // English
  {
    pattern:
      /^(?:(?:please\s+)?(?:find|show|list|get|give\s+me)\s+)?(?:all\s+)?(?:unused|idle|wasted)\s+(?<product>.*?)\s*licen[cs]es?$/iu,
  },
  {
    pattern:
      /^(?:which|what)\s+(?<product>.*?)\s*licen[cs]es?\s+(?:can|could|should)\s+(?:we|i)\s+(?:free(?:\s+up)?|reclaim|recover|take\s+back|get\s+back)$/iu,
  },
  { pattern: /^(?:what|which)\s+can\s+(?:we|i)\s+(?:reclaim|free\s+up|recover)$/iu },
  { pattern: /^(?:reclaim|free\s+up|recover|harvest)\s*(?<product>.*)$/iu },
  {
    pattern: new RegExp(
      String.raw`^who\s+(?:hasn't|hasnt|has\s+not|haven't|have\s+not|didn't|did\s+not)\s+(?:used|use|signed\s+in|logged\s+in)\s*(?<product>.*?)\s*(?:${DAYS})?$`,
      'iu',
    ),
    reasons: ['inactive'],
  },
  {
    pattern: new RegExp(String.raw`^(?:inactive|unused)\s+(?:users|accounts)\s*(?<product>.*?)\s*(?:${DAYS})?$`, 'iu'),
    reasons: ['inactive'],
  },
  {
    pattern: /^(?:disabled|blocked)\s+(?:users|accounts)(?:\s+(?:with|holding)\s+(?<product>.*?))?$/iu,
    reasons: ['disabled-account'],
  },
  { pattern: /^(?:duplicate|overlapping|double)\s+(?<product>.*?)\s*licen[cs]es?$/iu, reasons: ['overlap'] },
  // Swedish
  {
    pattern: /^(?:(?:hitta|visa|lista|ge\s+mig)\s+)?(?:alla\s+)?(?:oanvända|outnyttjade|onyttjade)\s+(?<product>.*)$/iu,
  },
  {
    pattern:
      /^vilka\s+(?<product>.*?)\s*licenser\s+(?:kan|skulle|borde)\s+(?:vi|jag)\s+(?:frigöra|frigöras|återta|ta\s+tillbaka|spara\s+in|släppa)$/iu,
  },
  { pattern: /^vad\s+kan\s+(?:vi|jag)\s+(?:frigöra|återta|spara\s+in)$/iu },
  { pattern: /^(?:frigör|frigöra|återta|återvinn|återvinna)\s*(?<product>.*)$/iu },
  {
    pattern: new RegExp(
      String.raw`^(?:vem|vilka)\s+har\s+inte\s+(?:använt|loggat\s+in)\s*(?<product>.*?)\s*(?:${DAYS})?$`,
      'iu',
    ),
    reasons: ['inactive'],
  },
  {
    pattern: new RegExp(String.raw`^inaktiva\s+(?:användare|konton)\s*(?<product>.*?)\s*(?:${DAYS})?$`, 'iu'),
    reasons: ['inactive'],
  },
  {
    pattern: /^(?:inaktiverade|blockerade|spärrade)\s+(?:användare|konton)(?:\s+med\s+(?<product>.*?))?$/iu,
    reasons: ['disabled-account'],
  },
  { pattern: /^(?:dubbla|överlappande|dubbletter\s+av)\s+(?<product>.*)$/iu, reasons: ['overlap'] },
];

/** The product text left after the cue, without license words; '' when none was named. */
function productText(raw: string | undefined): string {
  const text = (raw ?? '').trim().replace(PRODUCT_AFTER_FOR, '').replace(LEADING_PREPOSITION, '');
  return text.replace(LICENSE_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A reclaim request, or undefined when the text is not one. `text` is the filler-stripped
 * message (see strip-filler). Pure; never throws.
 */
export function recogniseReclaim(text: string): ReclaimRequest | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200) return undefined;
  for (const cue of CUES) {
    const m = cue.pattern.exec(trimmed);
    if (!m) continue;
    // "reclaim the Copilot license from Ana" names the person: that is a removal, not a search.
    if (PEOPLE_SEGMENT.test(m.groups?.product ?? '')) return undefined;
    const product = productText(m.groups?.product);
    const days = m.groups?.days !== undefined ? Number(m.groups.days) : undefined;
    if (days !== undefined && (days < 1 || days > 3650)) return undefined;
    return {
      kind: 'reclaim',
      products: product === '' ? [] : [{ text: product }],
      ...(days !== undefined ? { inactiveDays: days } : {}),
      ...(cue.reasons ? { reasons: cue.reasons } : {}),
    };
  }
  return undefined;
}
