import { anchored, type IntentPattern } from './intent-pattern';
import { AVAILABLE_EN, LICENSE_EN, USERS_EN } from './vocabulary';

/*
 * English phrasings, one regex per shape, grouped by intent. Each captures segments (see
 * IntentPattern for group names); the segments are cleaned and split elsewhere, so a pattern only
 * needs to find where the product and the people are, not what they are.
 */

const L = LICENSE_EN;
const AV = AVAILABLE_EN;
const SHOW = String.raw`(?:show|list|get|display|check|view|see|give|fetch|pull\s+up|look\s+up)(?:\s+me)?`;
const REMOVE_VERB = String.raw`remove|unassign|un-assign|deassign|de-assign|revoke|strip|delete|drop|withdraw|reclaim|deprovision|de-provision|deallocate|de-allocate|retract|rescind|take\s+away|take\s+back|take\s+off|free\s+up|get\s+rid\s+of|pull`;

/** English help phrasings. */
export const HELP_EN: IntentPattern[] = [
  {
    intent: 'help',
    pattern: anchored(
      String.raw`help|h|help\s+me|commands|usage|what\s+can\s+(?:you|i)\s+(?:do|ask|say)|what\s+do\s+you\s+do|what\s+are\s+you|who\s+are\s+you|how\s+does\s+(?:this|it)\s+work|how\s+do\s+i\s+use\s+(?:this|you|it)|what\s+are\s+(?:the|your)\s+commands|(?:show|list)\s+(?:me\s+)?(?:the\s+)?(?:commands|help)|what\s+can\s+you\s+help\s+(?:me\s+)?with`,
    ),
  },
];

/** English removal phrasings. */
export const REMOVE_EN: IntentPattern[] = [
  // "strip Bo of all licenses": people before "of", products after, when no "from" is present.
  {
    intent: 'remove',
    pattern: anchored(
      String.raw`(?:strip|relieve|deprive)\s+(?!.*\s(?:from|off)\s)(?<people>.+?)\s+of\s+(?<products>.+)`,
    ),
  },
  { intent: 'remove', pattern: anchored(String.raw`(?:${REMOVE_VERB})(?:\s+(?<rest>.*))?`) },
  // "take E3 away from Anna", "take E3 off Anna": the particle may follow the product.
  { intent: 'remove', pattern: anchored(String.raw`take\s+(?<rest>.+?\s(?:away|back|off)(?:\s.*)?)`) },
];

/** English "which licenses does this person have" phrasings. */
export const LIST_USER_LICENSES_EN: IntentPattern[] = [
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:what|which)\s+(?:${L}|products|skus|subscriptions)\s+(?:are|is)\s+(?:assigned|given|allocated)\s+to(?:\s+(?<person>.*))?`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:what|which)\s+(?:${L}|products|skus|subscriptions)\s+(?:are|is)\s+(?:on|for)(?:\s+(?<person>.*))?`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:what|which|how\s+many)\s+(?:${L}|products|skus|subscriptions)\s+(?:does|do|did|has|have)(?:\s+(?<person>.*?))??(?:\s+(?:currently|still|now|have|has|got|own|hold|use|using|assigned|licensed\s+(?:for|with)|at\s+the\s+moment))*`,
    ),
  },
  // Indirect question after "tell me …": "what licenses Anna has".
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:what|which)\s+(?:${L}|products)\s+(?<person>.+?)\s+(?:has|have|holds|owns|has\s+got|is\s+assigned|got)`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`what\s+(?:does|do)\s+(?<person>.+?)\s+have(?:\s+assigned)?`),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`what\s+is\s+(?<person>.+?)\s+licensed(?:\s+(?:for|with))?`),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`(?:does|do)\s+(?<person>.+?)\s+have\s+(?:any\s+)?${L}`),
  },
  // "does Bo have E3?": the answer is Bo's licenses, which says whether E3 is among them.
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`(?:does|do)\s+(?!(?:you|we|anyone|anybody|someone|somebody|everyone|any\s+users?|any\s+people)\s)(?<person>.+?)\s+(?:still\s+)?(?:have|hold|own)\s+(?:an?\s+|the\s+)?\S.*`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:current\s+)?)?\s*${L}\s+(?:for|of|on|assigned\s+to|held\s+by|owned\s+by|belonging\s+to)(?:\s+(?<person>.*))?`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:the|all\s+(?:of\s+)?the))?\s+${L}\s+(?:that\s+)?(?<person>.+?)\s+(?:has|have|holds|owns|has\s+got)`,
    ),
  },
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`${SHOW}(?:\s+all(?:\s+of)?)?\s+(?<strongOwner>.+?)\s+(?:current\s+|assigned\s+)?${L}`),
  },
  { intent: 'list-user-licenses', pattern: anchored(String.raw`(?<strongOwner>.+?)\s+${L}`) },
  { intent: 'list-user-licenses', pattern: anchored(String.raw`${L}\s+(?:for|of|on)\s+(?<person>.+)`) },
  // A request with no person at all: "which licenses", "show licenses".
  {
    intent: 'list-user-licenses',
    pattern: anchored(String.raw`(?:what|which|${SHOW})(?:\s+(?:the|all|(?<self>my)))?\s+${L}`),
  },
];

/** English "who has this product" phrasings. */
export const WHO_HAS_EN: IntentPattern[] = [
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`(?:how\s+many|which|what)\s+${USERS_EN}\s+(?:have\s+got|have|has|are\s+using|use|are\s+assigned(?:\s+to)?|are\s+on|hold|are\s+licensed\s+(?:for|with))(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`who(?:\s+all|\s+else)?(?:\s+(?:has\s+got|have\s+got|has|have|holds|owns|uses|got|is\s+using|are\s+using|is\s+on|are\s+on|is\s+assigned(?:\s+to)?|are\s+assigned(?:\s+to)?|is\s+licensed\s+(?:for|with)|are\s+licensed\s+(?:for|with)|currently\s+has)|'s\s+(?:got|on|using|assigned(?:\s+to)?))(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`${SHOW}(?:\s+(?:all|the|all\s+the|all\s+of\s+the))?\s+${USERS_EN}\s+(?:with|that\s+have|who\s+have|having|assigned(?:\s+to)?|on|using|holding|licensed\s+(?:for|with)|that\s+are\s+assigned(?:\s+to)?|who\s+are\s+assigned(?:\s+to)?|who\s+use|that\s+use)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(String.raw`${USERS_EN}\s+(?:with|on|having|using|assigned(?:\s+to)?)\s+(?<product>.+)`),
  },
  {
    intent: 'who-has',
    pattern: anchored(
      String.raw`(?:does|do|has)\s+(?:anyone|anybody|someone|somebody|any\s+users?|any\s+people)(?:\s+else)?\s+(?:still\s+)?(?:have|hold|use|got)\s+(?<product>.+)`,
    ),
  },
  {
    intent: 'who-has',
    pattern: anchored(String.raw`${SHOW}(?:\s+the)?\s+(?:users|holders|assignees|owners)\s+of\s+(?<product>.+)`),
  },
  {
    intent: 'who-has',
    pattern: anchored(String.raw`${SHOW}(?:\s+all)?\s+(?<product>.+?)\s+(?:users|holders|assignees)`),
  },
];

/** English "how many seats are free" phrasings. */
export const FREE_SEATS_EN: IntentPattern[] = [
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`how\s+many\s+(?:${AV}\s+)?(?:seats|${L}|slots)(?:\s+(?:are|do\s+we\s+have|are\s+there))?(?:\s+(?:still|currently))?(?:\s+${AV})?\s+(?:for|of|on|in)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`how\s+many\s+(?:more\s+)?(?:${AV}\s+)?(?<product>.*?)(?:\s+(?:are|is|do\s+we\s+have|have\s+we\s+got|are\s+there|is\s+there|do\s+we\s+still\s+have|remain|we\s+have|does\s+the\s+tenant\s+have))?(?:\s+(?:still|currently|now))?(?:\s+${AV})?(?:\s+(?:to\s+assign|for\s+assignment|in\s+the\s+tenant))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`(?:are\s+there|is\s+there|do\s+(?:we|you)\s+(?:still\s+)?have|have\s+(?:we|you)\s+got|got|any)(?:\s+(?:any|still|more|a|an))*\s+${AV}\s+(?<product>.+?)(?:\s+(?:left|available|free|remaining))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`(?:(?:${SHOW}|what\s+are|what's|whats|what\s+is|tell\s+me)\s+)?(?:the\s+)?(?:number\s+of\s+)?(?:${AV}\s+(?:seats?|${L}|slots|units)|seat\s+(?:count|availability)|license\s+(?:count|availability)|availability|capacity)\s+(?:for|of|on|in)(?:\s+(?<product>.*))?`,
    ),
  },
  {
    intent: 'free-seats',
    pattern: anchored(
      String.raw`(?:check\s+)?(?<product>.+?)(?:\s+(?:seats?|${L}))?\s+(?:${AV}|availability|seat\s+count)`,
    ),
  },
  { intent: 'free-seats', pattern: anchored(String.raw`(?!free\s+up\s)${AV}\s+(?<product>.+)`) },
];
