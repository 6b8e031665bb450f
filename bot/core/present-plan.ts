/** Turns licensing values (plans, users, products) into the views the cards render. */
import type {
  ConfirmRemovalView,
  ConsequenceCode as ViewConsequenceCode,
  DialogKind,
  EntryReason as ViewReason,
  EntryView,
  PersonView,
  ProductView,
} from '../../cards/views';
import type { Clarification } from '../../services/licensing/planning/clarification';
import type { EntryReason, PlanEntry, PlanProduct, PlanUser, RemovalPlan } from '../../services/licensing/removal-plan';
import type { ClarifyView, Locale } from '../../cards/views';
import type { ConsequenceCode } from '../../services/licensing/consequences';
import type { RemovalAsk } from '../../services/licensing/removal-ask';

/**
 * cards/ and services/ may not import each other, so each names the reasons of a plan entry;
 * this fails to compile the moment the two lists differ (the core is the one place seeing both).
 */
export const ENTRY_REASONS_AGREE: [EntryReason] extends [ViewReason]
  ? [ViewReason] extends [EntryReason]
    ? true
    : never
  : never = true;

/** The same for the consequence codes (services/licensing/consequences ↔ cards/views). */
export const CONSEQUENCE_CODES_AGREE: [ConsequenceCode] extends [ViewConsequenceCode]
  ? [ViewConsequenceCode] extends [ConsequenceCode]
    ? true
    : never
  : never = true;

export function personView(u: PlanUser): PersonView {
  const view: PersonView = {
    id: u.id,
    displayName: u.displayName,
    address: u.mail ?? u.userPrincipalName,
    accountEnabled: u.accountEnabled,
  };
  if (u.department) view.department = u.department;
  if (u.jobTitle) view.jobTitle = u.jobTitle;
  return view;
}

/** One user × product of a plan with the names its reason needs (groups, the buyer). */
export function entryView(e: PlanEntry): EntryView {
  return {
    userId: e.userId,
    skuId: e.skuId,
    reason: e.reason,
    ...(e.groups.length > 0 ? { groups: e.groups.map((g) => g.displayName) } : {}),
    ...(e.buyer ? { buyer: e.buyer.displayName } : {}),
    ...(e.adminUnits ? { units: e.adminUnits.map((u) => u.displayName) } : {}),
  };
}

export function productView(p: PlanProduct): ProductView {
  return { skuId: p.skuId, skuPartNumber: p.skuPartNumber, displayName: p.displayName, seats: { ...p.seats } };
}

/**
 * Which admin center dialog the confirmation mirrors:
 * one user → "Licenses and apps"; "unassign all" or several products for several users →
 * "Manage product licenses"; one product → the Licenses page's "Unassign licenses".
 */
export function dialogFor(plan: RemovalPlan): DialogKind {
  if (plan.users.length === 1 && plan.userLicenses) return 'user-licenses';
  if (plan.scope === 'all' || plan.products.length > 1) return 'manage-product-licenses';
  return 'licenses-page';
}

/** A dated request's confirmation says when it will run (see messages/dated-removal.ts). */
export function scheduleExtras(schedule?: { at: string; timeZone: string }): Pick<ConfirmRemovalView, 'scheduledFor'> {
  return schedule ? { scheduledFor: { at: schedule.at, timeZone: schedule.timeZone } } : {};
}

export function confirmView(
  requestId: string,
  requesterId: string,
  locale: Locale,
  plan: RemovalPlan,
  extras: Pick<ConfirmRemovalView, 'replanned' | 'scheduledFor'> = {},
): ConfirmRemovalView {
  const dialog = dialogFor(plan);
  const asked = new Set(plan.products.map((p) => p.skuId));
  const view: ConfirmRemovalView = {
    kind: 'confirm-removal',
    locale,
    requestId,
    dialog,
    mode: plan.mode,
    requesterId,
    products: plan.products.map(productView),
    users: plan.users.map(personView),
    entries: plan.entries.map(entryView),
    consequences: plan.consequences.map((c) => ({ userId: c.userId, items: c.items.map((i) => ({ ...i })) })),
    seatChanges: plan.seatChanges.map((s) => ({
      product: s.displayName,
      total: s.total,
      usedBefore: s.usedBefore,
      usedAfter: s.usedAfter,
      freed: s.freed,
    })),
    warnings: plan.warnings.map((w) => ({ ...w })),
    batch: { ...plan.batch },
    ...(plan.guesses && plan.guesses.length > 0
      ? { guesses: plan.guesses.map((g) => ({ text: g.text, product: g.displayName })) }
      : {}),
    ...extras,
  };
  if (dialog === 'user-licenses' && plan.userLicenses) {
    view.userLicenses = plan.userLicenses.map((l) => ({
      product: productView(l.product),
      keep: !asked.has(l.product.skuId),
      // A self-service purchase is the buyer's: admins cannot unassign it, so it is never a checkbox.
      removable: (l.assignment === 'direct' || l.assignment === 'direct-and-group') && !l.selfServiceBuyer,
      ...(l.selfServiceBuyer ? { buyer: l.selfServiceBuyer } : {}),
    }));
  }
  return view;
}

/** A person question may be answered by leaving that person out when the request names others too. */
export function canSkipPerson(ask: RemovalAsk): boolean {
  return ask.people.length > 1;
}

/**
 * A clarification as a card. `canSkip`: the request names other people too, so this one can be
 * left out ("Continue without …") — only for a stored request (the core handles the verb).
 */
export function clarifyView(requestId: string, locale: Locale, c: Clarification, canSkip = false): ClarifyView {
  const base = { kind: 'clarify' as const, locale, requestId, text: c.text };
  switch (c.code) {
    case 'ambiguous-person':
    case 'person-not-found': {
      const context = {
        ...(c.context?.domain ? { domain: c.context.domain } : {}),
        ...(c.context && c.context.resolved.length > 0 ? { resolved: [...c.context.resolved] } : {}),
        ...(canSkip && requestId !== '' ? { canSkip: true } : {}),
      };
      return c.code === 'ambiguous-person'
        ? { ...base, ...context, code: c.code, candidates: c.candidates.map(personView) }
        : { ...base, ...context, code: c.code, suggestions: c.suggestions.map(personView) };
    }
    case 'ambiguous-product':
      return {
        ...base,
        code: c.code,
        candidates: c.candidates.map(productView),
        ...(c.holders ? { holders: { ...c.holders } } : {}),
      };
    case 'product-not-found':
      return { ...base, code: c.code, suggestions: c.suggestions.map(productView) };
  }
}
