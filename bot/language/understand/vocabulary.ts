/*
 * Word lists of the understanding pipeline, folded (lower case, no diacritics). Sets of single
 * words, looked up per word: no regex ever runs over the message with these.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/u).filter((w) => w !== ''));

/** He/she/him/her/his… : someone mentioned elsewhere in the message. */
export const PERSON_PRONOUNS = words('han hon hen honom henne hans hennes hens he she him her his hers');

/** They/their: the people mentioned elsewhere (all of them). */
export const PLURAL_PERSON_PRONOUNS = words('de dem dom deras their them they');

/** It: the product mentioned elsewhere (only as the object of a removal verb). */
export const PRODUCT_PRONOUNS = words('den det it dem them');

/** The requester. */
export const SELF_WORDS = words('jag mig mej min mina mitt i me my mine myself');

/** "All licenses". */
export const ALL_WORDS = words('all alla allt samtliga every everything varenda varje each');

/** Plural license words mean every license of the person ("ta bort hennes licenser"). */
export const PLURAL_LICENSE_WORDS = words('licenser licenserna licenses licences licensers');

/** Prepositions that introduce the people a product is removed from or belongs to. */
export const PEOPLE_PREPOSITIONS = words('fran ifran from for of off hos pa till to');

/** Words that join items of a list. */
export const LIST_WORDS = words('och and samt plus &');

/** Negation before or inside a removal verb. */
export const NEGATIONS = words("inte ej aldrig not never don't dont doesn't doesnt do not won't shouldn't");

/**
 * Words that are never (part of) a name when they stand alone, so a first name such as "Per"
 * or "Bo" is only taken when written as a name would be. Function words, cue words, time words.
 */
export const STOP_WORDS = words(
  [
    // Swedish function words and frequent verbs
    'ta tar tog bort fran ifran och for pa i av till med om som att det den de dem dom en ett har hade ha',
    'kan ska skall maste behover behovs inte ej aldrig langre mer nu just idag igen tack snalla vanligen',
    'han hon hen honom henne hans hennes hens jag mig mej min mina mitt vi oss var vara ni er deras',
    'alla allt samtliga varenda varje licens licensen licenser licenserna licensens abonnemang',
    'vem vilka vilken vad hur manga lediga ledig ledigt kvar finns visa lista kolla hjalp gor gora',
    'tas tags slutat slutar borjat fatt far flyttat flyttar ar blir blev gamla gammal nya ny hos',
    'plocka radera avmarkera avtilldela aterkalla frigora frigor dra tillbaka tabort sluta',
    'foraldraledig sjukskriven tjanstledig ledig semester anvandare anvandaren personer folk',
    'eftersom men sa da nar innan efter sedan redan absolut garna kvar heller ocksa bara ju',
    'idag igar imorgon morgon overmorgon vecka veckan manad manaden',
    'mandag tisdag onsdag torsdag fredag lordag sondag mandags tisdags onsdags torsdags fredags lordags sondags',
    // English function words and frequent verbs
    'remove removed unassign deassign revoke strip delete drop take taken away off back from for of',
    'and or the a an to on in at with by is are was were be been can could should would will please',
    'pls thanks thank you he she him her his hers they them their i me my we us our it its this that',
    'all every everything each license licenses licence licences seat seats subscription',
    'who what which how many much free available spare unused left show list check help get got has have',
    'does do doesnt dont not no longer need needs needed any anymore more now currently moment right',
    'quit left leaving leaves moved moving joined parental leave instead since because but so then',
    'today yesterday tomorrow week month next last ago old new also too just still already',
    'monday tuesday wednesday thursday friday saturday sunday team company another other',
    'users user people person everyone anyone someone',
    // Greetings, politeness and the bot's own name, wherever they stand
    'hej hejsan halla tjena tja tjenare hi hello hey yo kindly plz thx cheers desk licensedesk bot',
  ].join(' '),
);
