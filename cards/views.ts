/**
 * Views: plain data describing what a card or message must show. The conversation core builds
 * them; `cards/adaptive` (Teams) and `cards/slack` (Block Kit) render them with pure functions.
 * Texts are never built here: views carry codes and data, renderers take words from the
 * strings table of the view's locale.
 */

export type Locale = 'sv' | 'en';

export interface PersonView {
  id: string;
  displayName: string;
  /** mail, else userPrincipalName */
  address: string;
  department?: string;
  jobTitle?: string;
  accountEnabled: boolean;
}

export interface ProductView {
  skuId: string;
  skuPartNumber: string;
  displayName: string;
  seats: { total: number; used: number; free: number };
}

/**
 * What a user loses with a license, one code per service-plan family (codes and their Microsoft
 * sources documented in services/licensing/consequences and docs/consequences.md).
 */
export type ConsequenceCode =
  | 'leaver-convert-to-shared-mailbox'
  | 'leaver-move-onedrive'
  | 'exchange-mailbox-deleted-after-30-days'
  | 'exchange-not-searchable-ediscovery'
  | 'exchange-inactive-mailbox-possible'
  | 'onedrive-kept-then-archived-after-93-days'
  | 'office-apps-unlicensed'
  | 'teams-unlicensed'
  | 'teams-phone-number-released'
  | 'audio-conferencing-dial-in-lost'
  | 'teams-premium-features-lost'
  | 'power-bi-cannot-publish-or-share'
  | 'copilot-lost'
  | 'visio-apps-unlicensed'
  | 'project-apps-unlicensed'
  | 'intune-devices-leave-management'
  | 'entra-id-p1-conditional-access'
  | 'entra-id-p2-privileged-identity'
  | 'defender-protection-stops'
  | 'purview-features-stop'
  | 'service-kept-via-other-license'
  | 'license-stays-via-group'
  | 'no-data-impact';

export interface ConsequenceView {
  code: ConsequenceCode;
  /** For service-kept-via-other-license: kind ('exchange' | 'sharepoint-onedrive' | 'office-apps' | 'teams' | 'other') and via (product names). For license-stays-via-group: groups (names). */
  params?: Record<string, string | number | string[]>;
}

export interface SeatChangeView {
  product: string;
  total: number;
  usedBefore: number;
  usedAfter: number;
  freed: number;
}

/** Why one user × product is (not) part of the removal. */
export type EntryReason =
  | 'remove'
  | 'remove-stays-via-group'
  | 'not-assigned'
  | 'group-inherited'
  | 'self-service-purchase'
  | 'outside-admin-unit';

export interface EntryView {
  userId: string;
  skuId: string;
  reason: EntryReason;
  /** group-inherited / remove-stays-via-group: the groups that give the license */
  groups?: string[];
  /** self-service-purchase: who bought it */
  buyer?: string;
  /** outside-admin-unit: the administrative units the requester's role is limited to */
  units?: string[];
}

export type WarningView =
  | { code: 'self-removal' }
  | { code: 'account-disabled'; userId: string }
  /** The message named a date ("on Friday"): confirming removes now; scheduling is not offered. */
  | { code: 'removes-now'; date: string }
  /** The message asked for more removals than this card holds: they need a message of their own. */
  | { code: 'more-requests'; count: number };

/** Which admin center dialog the confirmation mirrors. */
export type DialogKind =
  /** Billing > Licenses: one product, up to 20 users ("Ta bort tilldelning av licenser"). */
  | 'licenses-page'
  /** Active users, one user: "Licenser och appar" (licenses as toggles, asked ones unchecked). */
  | 'user-licenses'
  /** Active users, several users: "Hantera produktlicenser" → "Ta bort tilldelning av alla". */
  | 'manage-product-licenses';

export interface ConfirmRemovalView {
  kind: 'confirm-removal';
  locale: Locale;
  requestId: string;
  dialog: DialogKind;
  /** 'direct' = admin confirms and it runs; 'needs-approval' = the manager sends it for approval. */
  mode: 'direct' | 'needs-approval';
  requesterId: string;
  products: ProductView[];
  users: PersonView[];
  entries: EntryView[];
  /**
   * Products the request named loosely, stated so the guess is visible ("Teams" → Microsoft
   * Teams Premium): the admin checks it before the click.
   */
  guesses?: { text: string; product: string }[];
  /** Set when the card was planned again after the click (a license cleared that was not asked). */
  replanned?: { added: string[]; dropped: string[] };
  /** user-licenses dialog: every license the one user holds, and whether it stays checked. */
  userLicenses?: { product: ProductView; keep: boolean; removable: boolean; buyer?: string }[];
  consequences: { userId: string; items: ConsequenceView[] }[];
  seatChanges: SeatChangeView[];
  warnings: WarningView[];
  batch: { index: number; count: number };
  /** A date was given: confirming schedules the removal for then instead of running it now. */
  scheduledFor?: { at: string; timeZone: string };
}

/** What every clarification may add (the core fills what it knows). */
export interface ClarifyContext {
  /** The tenant's default domain, for hints with an address ("anna@contoso.se"). */
  domain?: string;
  /** People of the same request already resolved (names), kept whatever the answer. */
  resolved?: string[];
  /** person questions: offer "Continue without …" (drop this mention, keep the resolved people). */
  canSkip?: boolean;
}

export type ClarifyView = ClarifyContext &
  (
    | {
        kind: 'clarify';
        locale: Locale;
        requestId: string;
        code: 'ambiguous-person';
        text: string;
        candidates: PersonView[];
      }
    | {
        kind: 'clarify';
        locale: Locale;
        requestId: string;
        code: 'person-not-found';
        text: string;
        suggestions: PersonView[];
      }
    | {
        kind: 'clarify';
        locale: Locale;
        requestId: string;
        code: 'ambiguous-product';
        text: string;
        candidates: ProductView[];
        /** per candidate skuId, the named users who hold it ("which E3?" says who holds which) */
        holders?: Record<string, string[]>;
      }
    | {
        kind: 'clarify';
        locale: Locale;
        requestId: string;
        code: 'product-not-found';
        text: string;
        suggestions: ProductView[];
      }
  );

/** Input we could not parse: a specific question with an example. */
export interface ParseHelpView {
  kind: 'parse-help';
  locale: Locale;
  code:
    | 'empty'
    | 'unknown-intent'
    | 'missing-product'
    | 'missing-people'
    | 'missing-person'
    | 'too-long'
    | 'unresolved-pronoun'
    | 'product-only-in-context'
    | 'negated';
}

export interface RefusedView {
  kind: 'refused';
  locale: Locale;
  code: 'not-allowed' | 'not-direct-report' | 'unknown-requester' | 'outside-admin-unit';
  /** not-direct-report: the people who are not the requester's reports; outside-admin-unit: the people outside the requester's units */
  people?: string[];
  /** who can help: the admins' names */
  admins: string[];
}

export type UserOutcomeView =
  | { userId: string; status: 'removed'; products: string[] }
  | { userId: string; status: 'skipped'; reason: EntryReason | 'already-removed' | 'deselected'; products: string[] }
  | { userId: string; status: 'failed'; code: string; requestId?: string; products: string[] }
  | { userId: string; status: 'pending'; products: string[] };

export interface ProgressView {
  kind: 'progress';
  locale: Locale;
  requestId: string;
  done: number;
  total: number;
  /** 'remove' while removing, 'undo' while restoring */
  operation: 'remove' | 'undo';
}

export interface ResultView {
  kind: 'result';
  locale: Locale;
  requestId: string;
  state: 'completed' | 'partially-completed' | 'failed' | 'restored' | 'partially-restored';
  users: PersonView[];
  outcomes: UserOutcomeView[];
  consequences: { userId: string; items: ConsequenceView[] }[];
  seatChanges: SeatChangeView[];
  /** ISO date until which Undo is offered; absent when nothing can be undone. */
  undoUntil?: string;
  /** IANA time zone the times are shown in (the TIME_ZONE setting); UTC when absent. */
  timeZone?: string;
  /**
   * The plan's entries for these users (what was asked per user × product and why it was or was
   * not removed), so a skip inside a partly removed user ("remove all licenses" with a self-service
   * purchase) is shown, not silent.
   */
  entries?: EntryView[];
  /** The request's products (names of `entries`' SKUs). */
  products?: ProductView[];
  /** undo outcomes when state is restored / partially-restored */
  undoOutcomes?: UserOutcomeView[];
  /** next batch of the same request, if the request was split */
  nextBatch?: { requestId: string; index: number; count: number };
  approvedBy?: string;
  /** NOTIFY_USERS: affected users the bot could not tell (no Teams chat with the app, no Slack DM). */
  unreachableUsers?: string[];
}

/** A short status that replaces a card: cancelled, expired, already handled, not yours … */
export interface NoticeView {
  kind: 'notice';
  locale: Locale;
  code:
    | 'cancelled'
    | 'expired'
    | 'already-handled'
    | 'not-your-request'
    | 'unknown-request'
    | 'unknown-action'
    | 'nothing-selected'
    | 'nothing-to-remove'
    | 'undo-expired'
    | 'internal-error'
    | 'graph-unavailable'
    | 'sent-for-approval'
    | 'rejected'
    | 'self-approval'
    | 'not-an-approver'
    | 'busy';
  /** free-form data for the code: who handled it and when, comments, unreachable approvers … */
  params?: Record<string, string | number | string[]>;
  /** IANA time zone for `params.at`; UTC when absent. */
  timeZone?: string;
  /**
   * The request the reader may still withdraw: the card offers Cancel (`VERBS.cancel` with this
   * id). The requester's "sent for approval" card has it, so sending does not take Cancel away.
   */
  cancelRequestId?: string;
}

export interface UserLicensesView {
  kind: 'user-licenses';
  locale: Locale;
  user: PersonView;
  /** `direct` is true when assigned directly; `groups` names the groups that also give it. */
  licenses: { product: ProductView; direct: boolean; groups: string[] }[];
}

export interface WhoHasView {
  kind: 'who-has';
  locale: Locale;
  product: ProductView;
  users: PersonView[];
  /** more users hold it than are listed */
  truncated: number;
}

export interface FreeSeatsView {
  kind: 'free-seats';
  locale: Locale;
  products: ProductView[];
}

export interface HelpView {
  kind: 'help';
  locale: Locale;
  /** welcome = first contact / install */
  welcome: boolean;
  canRemove: boolean;
  /** Names and a product from the tenant, so the examples work where the bot runs. */
  examples?: { person: string; people: [string, string, string]; product: string };
}

export interface ApprovalView {
  kind: 'approval';
  locale: Locale;
  requestId: string;
  requester: PersonView;
  reason?: string;
  products: ProductView[];
  users: PersonView[];
  consequences: { userId: string; items: ConsequenceView[] }[];
  seatChanges: SeatChangeView[];
  status: 'pending' | 'approved' | 'rejected' | 'expired' | 'cancelled';
  /** A scheduled removal: approving it now lets it run then. */
  scheduledFor?: { at: string; timeZone: string };
  decidedBy?: string;
  decidedAt?: string;
  comment?: string;
  /** IANA time zone for `decidedAt`; UTC when absent. */
  timeZone?: string;
}

/** Why a license can be freed (services/licensing/reclaim documents each). */
export type ReclaimReasonView = 'disabled-account' | 'inactive' | 'overlap';

/** One license of one user that the reclaim card offers, pre-checked. */
export interface ReclaimCandidateView {
  userId: string;
  skuId: string;
  product: string;
  /** inactive: latest sign-in of any kind (ISO) and whole days since */
  lastActivity?: string;
  daysInactive?: number;
  /** overlap: the products that keep every service plan */
  coveredBy?: string[];
}

/** Money per month, in one currency. */
export interface MoneyView {
  amount: number;
  currency: string;
}

/**
 * "Which licenses can we free?": a Manage-product-licenses-style dialog with the candidates
 * grouped by reason (checkboxes, pre-checked), what is reported but not offered, and seats (and
 * money, when prices are configured) per month. Confirming runs the usual removal; a manager's
 * card sends it for approval instead.
 */
export interface ReclaimView {
  kind: 'reclaim';
  locale: Locale;
  /** The stored request confirming it; '' when nothing can be offered. */
  requestId: string;
  mode: 'direct' | 'needs-approval';
  scope: 'tenant' | 'direct-reports';
  inactiveDays: number;
  /** Whether inactivity could be checked: 'missing-permission' (AuditLog.Read.All) or 'missing-premium' (Entra ID P1). */
  signIn: 'available' | 'missing-permission' | 'missing-premium';
  users: PersonView[];
  groups: { reason: ReclaimReasonView; candidates: ReclaimCandidateView[] }[];
  notOffered: {
    kind: 'group-inherited' | 'self-service-purchase';
    because: ReclaimReasonView;
    userId: string;
    product: string;
    groups?: string[];
    buyer?: string;
  }[];
  savings: { product: string; seats: number; monthly?: MoneyView }[];
  /** Whether LICENSE_PRICES_FILE is set (without it the card says seats are shown without money). */
  pricesConfigured: boolean;
  /** Candidates found beyond those offered: unassign these, then ask again. */
  more: number;
  consequences: { userId: string; items: ConsequenceView[] }[];
}

/** One scheduled removal as listed. */
export interface ScheduledItemView {
  requestId: string;
  at: string;
  people: string[];
  products: string[];
  requesterName: string;
  /** Whether the viewer may cancel it (the requester). */
  canCancel: boolean;
}

/**
 * Scheduled removals: the one just scheduled, the list ("which removals are scheduled?"), one just
 * cancelled ("cancel the removal for Bo"), or none found for the person named.
 */
export interface ScheduledView {
  kind: 'scheduled';
  locale: Locale;
  timeZone: string;
  intro: 'just-scheduled' | 'list' | 'cancelled' | 'none-found' | 'which-one' | 'date-in-past' | 'date-too-far';
  /** none-found / which-one: the person named; date-in-past / date-too-far: the date as written */
  person?: string;
  items: ScheduledItemView[];
}

/**
 * What an affected user is told (NOTIFY_USERS), in their own language: before a scheduled removal
 * (when) or after one; what they lose, what happens to their data, and whom to ask.
 */
export interface AffectedUserView {
  kind: 'affected-user';
  locale: Locale;
  phase: 'before' | 'after';
  scheduledFor?: { at: string; timeZone: string };
  products: string[];
  consequences: ConsequenceView[];
  /** whom to ask: the requester (and the approver) */
  contacts: string[];
}

export type View =
  | AffectedUserView
  | ReclaimView
  | ScheduledView
  | ConfirmRemovalView
  | ClarifyView
  | ParseHelpView
  | RefusedView
  | ProgressView
  | ResultView
  | NoticeView
  | UserLicensesView
  | WhoHasView
  | FreeSeatsView
  | HelpView
  | ApprovalView;

/** Verbs of card actions and Slack button action ids. Payloads carry only these, a request id and inputs. */
export const VERBS = {
  confirm: 'licenseDesk.confirm',
  cancel: 'licenseDesk.cancel',
  undo: 'licenseDesk.undo',
  choosePerson: 'licenseDesk.choosePerson',
  chooseProduct: 'licenseDesk.chooseProduct',
  nextBatch: 'licenseDesk.nextBatch',
  done: 'licenseDesk.done',
  sendForApproval: 'licenseDesk.sendForApproval',
  approve: 'licenseDesk.approve',
  reject: 'licenseDesk.reject',
  refresh: 'licenseDesk.refresh',
  skipPerson: 'licenseDesk.skipPerson',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** The key of one reclaim candidate in its checkbox id and Slack option value. */
export function candidateKey(userId: string, skuId: string): string {
  return `${userId}:${skuId}`;
}

/** Input ids on cards: toggles per user are `user:<id>`, per license `sku:<skuId>`. */
export const INPUTS = {
  userToggle: (userId: string) => `user:${userId}`,
  /** reclaim: one checkbox per candidate, keyed `userId:skuId` (see `candidateKey`) */
  candidateToggle: (key: string) => `candidate:${key}`,
  skuToggle: (skuId: string) => `sku:${skuId}`,
  unassignAll: 'unassignAll',
  choice: 'choice',
  reason: 'reason',
  comment: 'comment',
} as const;
