/**
 * The strings table: every user-facing text of License Desk, one table per locale with the
 * same type, so `tsc` fails when a key is missing in either language. Texts with parameters
 * are functions of one params object. Renderers escape user-provided values (names, groups,
 * reasons) BEFORE passing them in, so the tables never see raw markup.
 */
import type { ConsequenceCode, Locale, ParseHelpView, RefusedView, ResultView, NoticeView } from '../views';
import { en } from './en';
import { sv } from './sv';

/** Where a service stays available from when a license is removed ('service-kept-via-other-license'). */
export type ServiceKind = 'exchange' | 'sharepoint-onedrive' | 'office-apps' | 'teams' | 'other';

/** Outcome counts for a result title ("2 removed, 1 skipped"). */
export interface OutcomeCounts {
  done: number;
  skipped: number;
  failed: number;
  pending: number;
}

/** Why a user × product is (or was) not removed; the entry reasons plus executor outcomes. */
export type SkipReasonCode =
  | 'remove'
  | 'remove-stays-via-group'
  | 'not-assigned'
  | 'group-inherited'
  | 'self-service-purchase'
  | 'already-removed'
  | 'deselected';

/**
 * Failure codes the renderers know by name: the Graph client's `GraphErrorCode`s (mirrored
 * here because cards/ may not import services/). Any other code gets `failure.unknown`.
 */
export const KNOWN_FAILURE_CODES = [
  'graph/not-found',
  'graph/forbidden',
  'graph/unauthorized',
  'graph/throttled',
  'graph/unavailable',
  'graph/timeout',
  'graph/bad-request',
  'graph/group-inherited',
  'graph/license-not-assigned',
  'graph/unknown-sku',
  'graph/no-free-seats',
  'graph/network',
  'graph/unexpected',
] as const;
export type KnownFailureCode = (typeof KNOWN_FAILURE_CODES)[number];

/** Notice codes: the view's own union, so a new notice cannot miss its text. */
export type NoticeCode = NoticeView['code'];

/**
 * Notice parameters as the renderers read them from `NoticeView.params` (all optional):
 * `by` who handled or rejected it, `at` when (already formatted), `comment` the approver's
 * comment, `approvers` who it was sent to, `unreachable` approvers we could not message.
 */
export interface NoticeParams {
  by?: string;
  at?: string;
  comment?: string;
  approvers?: string[];
  unreachable?: string[];
}

/** Parameters of consequence texts; the renderer fills them from `ConsequenceView.params`. */
export interface ConsequenceParams {
  /** service-kept-via-other-license: the localised service name */
  service: string;
  /** service-kept-via-other-license: products that keep the service */
  via: string[];
  /** license-stays-via-group: group names */
  groups: string[];
}

/** Seat counts of one product. */
export interface SeatParams {
  used: number;
  total: number;
  free: number;
}

/** A person as shown on a line: name, address and optional department. */
export interface PersonParams {
  name: string;
  address: string;
  department?: string;
}

/** The whole table. See the file comment for the escaping contract. */
export interface Strings {
  locale: Locale;
  /** BCP 47 tag for dates and numbers (sv-SE / en-GB). */
  intlLocale: 'sv-SE' | 'en-GB';
  common: {
    cancel: string;
    continue: string;
    choose: string;
    done: string;
    /** "…and 12 more" after a cut list */
    andMore: (p: { count: number }) => string;
    /** a user id we have no name for */
    unknownUser: (p: { id: string }) => string;
    /** "Name (mail) — department" */
    person: (p: PersonParams) => string;
    /** flag after a disabled account's name */
    accountDisabled: string;
    /** "148 of 150 in use, 2 free" */
    seats: (p: SeatParams) => string;
    /** said where a message had to leave details out to fit the channel's limits */
    shortened: string;
    /** when something happened: "14:05 (Europe/Stockholm), 12 Mar 2026"; `zone` names the time zone */
    at: (p: { date: string; time: string; zone: string }) => string;
  };
  dialog: {
    licensesPageTitle: string;
    userLicensesTitle: string;
    manageTitle: string;
    unassign: string;
    saveChanges: string;
    unassignAll: string;
    sendForApproval: string;
    productLabel: string;
    seatsLabel: string;
    userLabel: string;
    usersHeading: (p: { count: number }) => string;
    /** users shown but not part of the removal */
    notRemovedHeading: string;
    licensesHeading: string;
    /** user-licenses dialog: what unchecking means (shown only with a toggle and Save changes on the card) */
    userLicensesHint: string;
    /** a checked user or license whose removal frees no seat (also assigned through a group) */
    noSeatFreed: (p: { groups: string[] }) => string;
    /** "Show details" / "Hide details" (Action.ToggleVisibility) */
    showDetails: string;
    /** Slack: links to the Microsoft pages behind the summary */
    sources: string;
    /** the summary heading of what users lose (confirmation) / lost (result) */
    losesHeading: string;
    lostHeading: string;
    /** "Karin, Bo: lose mailbox (…), OneDrive (…)" — `items` are the short labels */
    loses: (p: { who: string; items: string[] }) => string;
    /** services that stay, by the licenses that keep them: "Kept through Office 365 E3: Exchange, Teams" */
    keptThrough: (p: { via: string[]; services: string[] }) => string;
    /** on the result: "Karin, Bo lost: …" */
    lost: (p: { who: string; items: string[] }) => string;
    /** manage dialog: what "Unassign all" does */
    manageHint: (p: { products: string[] }) => string;
    /** a license that can only go by changing groups */
    licenseNotRemovable: (p: { groups: string[] }) => string;
    batch: (p: { index: number; count: number }) => string;
    consequencesHeading: string;
    seatsHeading: string;
    nextStepHeading: string;
    warningsHeading: string;
    /** needs-approval mode: why it goes to an approver */
    approvalIntro: string;
    reasonLabel: string;
    reasonPlaceholder: string;
    /** a loosely named product, stated on the card */
    guess: (p: { text: string; product: string }) => string;
    /** the card was planned again after the click */
    replanned: (p: { added: string[]; dropped: string[] }) => string;
    /** Slack confirm dialog */
    confirmTitle: string;
    confirmText: (p: { products: string[]; count: number }) => string;
    /** notification fallback text */
    summary: (p: { products: string[]; count: number }) => string;
  };
  /** The full sentence of a consequence (the details). */
  consequence: { [K in ConsequenceCode]: (p: ConsequenceParams) => string };
  /** The short label in a summary line; '' leaves the code to the details. */
  consequenceShort: { [K in ConsequenceCode]: (p: ConsequenceParams) => string };
  serviceKind: { [K in ServiceKind]: string };
  /** A seat change before it happens (confirmation, approval). */
  seatChange: (p: { product: string; total: number; usedBefore: number; usedAfter: number; freed: number }) => string;
  /** A seat change that happened (result), past tense, with the counts re-read at the click. */
  seatChangeDone: (p: {
    product: string;
    total: number;
    usedBefore: number;
    usedAfter: number;
    freed: number;
  }) => string;
  /** The billing next step, once, on the result. */
  nextStep: string;
  skipReason: { [K in SkipReasonCode]: (p: { groups: string[]; buyer: string }) => string };
  failure: { [K in KnownFailureCode]: string } & {
    unknown: (p: { code: string }) => string;
    supportId: (p: { requestId: string }) => string;
  };
  warning: {
    selfRemoval: string;
    accountDisabled: (p: { name: string }) => string;
    removesNow: (p: { date: string }) => string;
    moreRequests: (p: { count: number }) => string;
  };
  parseHelp: { [K in ParseHelpView['code']]: string };
  clarify: {
    ambiguousPerson: (p: { text: string }) => string;
    personNotFound: (p: { text: string }) => string;
    ambiguousProduct: (p: { text: string }) => string;
    productNotFound: (p: { text: string }) => string;
    didYouMean: string;
    /** hint with an address in the tenant's default domain */
    noPersonSuggestions: (p: { domain: string }) => string;
    /** "which E3?": who of the named users holds this candidate */
    heldBy: (p: { names: string[] }) => string;
    /** a candidate none of the named users holds */
    heldByNone: string;
    /** drop the unresolved mention, keep the rest */
    continueWithout: (p: { text: string }) => string;
    /** the people already settled in this request */
    resolvedSoFar: (p: { names: string[] }) => string;
    noProductSuggestions: string;
    /** Under the candidates of a question that keeps no state ("who has E3?"): ask again precisely. */
    askAgain: string;
    /** a product candidate: "Office 365 E3 — 2 of 150 free" */
    product: (p: { name: string } & SeatParams) => string;
  };
  refused: { [K in RefusedView['code']]: (p: { people: string[] }) => string } & {
    title: string;
    askAdmins: (p: { admins: string[] }) => string;
    noAdmins: string;
  };
  progress: {
    removing: (p: { done: number; total: number }) => string;
    restoring: (p: { done: number; total: number }) => string;
  };
  result: {
    title: { [K in ResultView['state']]: string };
    /** The title counting outcomes: "2 removed, 1 skipped" (undo: "2 restored, 1 failed"). */
    countTitle: (p: OutcomeCounts & { undo: boolean }) => string;
    outcomesHeading: string;
    undoHeading: string;
    removed: (p: { products: string[] }) => string;
    restored: (p: { products: string[] }) => string;
    skipped: (p: { reason: string }) => string;
    failed: (p: { reason: string }) => string;
    pending: string;
    undo: string;
    undoUntil: (p: { when: string }) => string;
    nextBatch: (p: { index: number; count: number }) => string;
    approvedBy: (p: { name: string }) => string;
  };
  notice: { [K in NoticeCode]: (p: NoticeParams) => string } & { title: string };
  userLicenses: {
    title: (p: { name: string }) => string;
    direct: string;
    viaGroups: (p: { groups: string[] }) => string;
    directAndGroups: (p: { groups: string[] }) => string;
    none: (p: { name: string }) => string;
  };
  whoHas: {
    title: (p: { product: string }) => string;
    none: string;
  };
  freeSeats: {
    title: string;
    line: (p: { product: string } & SeatParams) => string;
    none: string;
  };
  help: {
    title: string;
    welcome: string;
    intro: string;
    examplesHeading: string;
    /** examples with the tenant's names and a product it has */
    examples: (p: { person: string; people: [string, string, string]; product: string }) => string[];
    managerNote: string;
    safety: string;
  };
  approval: {
    title: string;
    requestedBy: (p: { name: string }) => string;
    reasonLabel: string;
    noReason: string;
    commentLabel: string;
    commentPlaceholder: string;
    approve: string;
    reject: string;
    approvedBy: (p: { name: string; at: string }) => string;
    rejectedBy: (p: { name: string; at: string }) => string;
    expired: string;
    cancelled: string;
    comment: (p: { comment: string }) => string;
    summary: (p: { name: string; products: string[]; count: number }) => string;
  };
}

/** The strings table for a locale. */
export function stringsFor(locale: Locale): Strings {
  return locale === 'sv' ? sv : en;
}
