import { anchored, type IntentPattern } from './intent-pattern';
import { AVAILABLE_SV, LICENSE_ANY, LICENSE_SV, USERS_SV } from './vocabulary';

/*
 * Swedish phrasings, one regex per shape, grouped by intent (see IntentPattern for group names).
 * Swedish possessives need no apostrophe ("Annas licenser"), so the list patterns use `owner`,
 * which accepts a bare genitive s.
 */

const L = LICENSE_SV;
const AV = AVAILABLE_SV;
const SHOW = String.raw`(?:visa|lista|kolla|hämta|ta\s+fram|ge\s+mig|kontrollera|se)(?:\s+mig)?`;
const REMOVE_VERB = String.raw`ta\s+bort|tag\s+bort|tar\s+bort|plocka\s+bort|avtilldela|av-tilldela|återkalla|dra\s+in|dra\s+tillbaka|ta\s+tillbaka|avlägsna|radera|frigör|frigöra|koppla\s+bort|avregistrera|släpp|släppa`;

/** Swedish help phrasings. */
export const HELP_SV: IntentPattern[] = [
  {
    intent: 'help',
    pattern: anchored(
      String.raw`hjälp|hjälpa\s+mig|hjälp\s+mig|vad\s+kan\s+(?:du|jag)(?:\s+(?:göra|fråga|hjälpa\s+(?:mig\s+)?med))?|vad\s+gör\s+du|vem\s+är\s+du|vad\s+är\s+du|hur\s+(?:funkar|fungerar)\s+(?:det|du|detta|det\s+här)|hur\s+använder\s+(?:jag|man)\s+(?:dig|det|detta|boten)|kommandon|vilka\s+kommandon\s+finns(?:\s+det)?|instruktioner|(?:visa|lista)\s+kommandon`,
    ),
  },
];

/** Swedish removal phrasings; the rest is split by remove-segments. */
export const REMOVE_SV: IntentPattern[] = [
  { intent: 'remove', pattern: anchored(String.raw`(?:${REMOVE_VERB})(?:\s+(?<rest>.*))?`) },
];

/** Swedish "vilka licenser har personen" phrasings. */
export const LIST_USER_LICENSES_SV: IntentPattern[] = [
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:vilka|vilken|vad\s+för|hur\s+många)\s+(?:${L}|produkter|abonnemang)\s+(?:är|finns)\s+(?:tilldelade\s+|kopplade\s+|registrerade\s+)?(?:till|på|för|hos)(?:\s+(?<person>.*))?`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:vilka|vilken|vad\s+för)\s+(?:${L}|produkter)\s+(?:är|finns)\s+(?:tilldelade|kopplade)(?:\s+(?<person>.*))?`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:vilka|vilken|vad\s+för|hur\s+många)\s+(?:${L}|produkter|abonnemang)\s+(?:har|äger|innehar|använder)(?:\s+(?<person>.*?))??(?:\s+(?:tilldelade?|tilldelat|fått|just\s+nu|nu|idag|för\s+närvarande))*`,
    ),
  },
  // Indirect question after "berätta …": "vilka licenser Anna har".
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`(?:vilka|vilken)\s+(?:${L}|produkter)\s+(?<person>.+?)\s+(?:har|har\s+fått|äger)`),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`vad\s+har\s+(?<person>.+?)(?:\s+för\s+(?:${L}|något))?(?:\s+(?:tilldelat|nu))?`),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`har\s+(?<person>.+?)\s+(?:några|någon)\s+${L}`),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:alla|samtliga))?\s+(?:${LICENSE_ANY})\s+(?:för|till|hos|på|åt|tilldelade|tilldelade\s+till)(?:\s+(?<person>.*))?`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:alla|samtliga))?(?:\s+(?:de|den))?\s+${L}\s+som\s+(?<person>.+?)\s+har`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:alla|samtliga))?\s+(?<owner>.+?)\s+(?:nuvarande\s+|tilldelade\s+)?${L}`,
    ),
  },
  { intent: 'list-user-licenses', pattern: anchored(String.raw`(?<owner>.+?)\s+${L}`) },
  { intent: 'list-user-licenses', pattern: anchored(String.raw`${L}\s+(?:för|till|hos|på)\s+(?<person>.+)`) },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`(?:vilka|${SHOW})(?:\s+(?:alla|(?<self>mina)))?\s+${L}`),
  },
];

/** Swedish "vem har produkten" phrasings. */
export const WHO_HAS_SV: IntentPattern[] = [
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`(?:hur\s+många|vilka|vilken)\s+${USERS_SV}\s+(?:har\s+fått|har|använder|är\s+tilldelade|sitter\s+på)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`(?:vem|vilka|vem\s+mer|vilka\s+fler|vilka\s+andra)(?:\s+som)?\s+(?:har\s+fått|har|använder|äger|innehar|är\s+tilldelade|är\s+tilldelad|sitter\s+på)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:alla|samtliga))?\s+${USERS_SV}(?:\s+som)?\s+(?:med|har|använder|tilldelade|på)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(String.raw`${SHOW}\s+(?:alla|de|dem|vilka)\s+som\s+(?:har|använder)(?:\s+(?<product>.*))?`),
  },
  { intent: 'who-has', pattern: anchored(String.raw`(?:${USERS_SV}|alla)\s+(?:med|som\s+har)\s+(?<product>.+)`) },
  {
    intent: 'who-has',
    pattern: anchored(String.raw`${SHOW}(?:\s+alla)?\s+(?<product>.+?)(?:-|\s+)(?:användare|användarna)`),
  },
];

/** Swedish "hur många är lediga" phrasings. */
export const FREE_SEATS_SV: IntentPattern[] = [
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`hur\s+många\s+(?:${AV}\s+)?(?:platser|${L})(?:\s+(?:är|finns|har\s+vi|har\s+ni))?(?:\s+(?:det|fortfarande))?(?:\s+(?:${AV}|över))?\s+(?:för|av|på|till|i)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`hur\s+många\s+(?:${AV}\s+)?(?<product>.*?)(?:\s+(?:är|finns|har\s+vi|har\s+ni|återstår))?(?:\s+(?:det|det\s+kvar|fortfarande|just\s+nu|nu))?(?:\s+(?:${AV}|över))?(?:\s+(?:att\s+tilldela|att\s+dela\s+ut))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`(?:finns\s+det|har\s+vi|har\s+ni)(?:\s+(?:några|fler|fortfarande|någon|något))*\s+${AV}\s+(?<product>.+?)(?:\s+(?:kvar|över))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`(?:finns\s+det|har\s+vi)(?:\s+(?:några|fortfarande))*\s+(?<product>.+?)\s+(?:kvar|över|${AV})`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`(?:(?:${SHOW}|vad\s+är)\s+)?(?:antal\s+)?(?:${AV}\s+(?:platser|${L})|tillgänglighet(?:en)?|lediga)\s+(?:för|av|på|till|i)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(String.raw`(?:kolla\s+)?(?<product>.+?)(?:\s+(?:platser|${L}))?\s+(?:${AV}|tillgänglighet)`),
  },
  { intent: 'free-seats', pattern: anchored(String.raw`${AV}\s+(?<product>.+)`) },
];
