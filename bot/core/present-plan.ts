/** Turns licensing values (plans, users, products) into the views the cards render. */
import type {
  ConfirmRemovalView,
  DialogKind,
  EntryReason as ViewReason,
  PersonView,
  ProductView,
} from '../../cards/views';
import type { Clarification } from '../../services/licensing/planning/clarification';
import type { EntryReason, PlanProduct, PlanUser, RemovalPlan } from '../../services/licensing/removal-plan';
import type { ClarifyView, Locale } from '../../cards/views';

/**
 * cards/ and services/ may not import each other, so each names the reasons of a plan entry;
 * this fails to compile the moment the two lists differ (the core is the one place seeing both).
 */
export const ENTRY_REASONS_AGREE: [EntryReason] extends [ViewReason]
  ? [ViewReason] extends [EntryReason]
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

export function confirmView(
  requestId: string,
  requesterId: string,
  locale: Locale,
  plan: RemovalPlan,
  schedule?: { at: string; timeZone: string },
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
    entries: plan.entries.map((e) => ({
      userId: e.userId,
      skuId: e.skuId,
      reason: e.reason,
      ...(e.groups.length > 0 ? { groups: e.groups.map((g) => g.displayName) } : {}),
      ...(e.buyer ? { buyer: e.buyer.displayName } : {}),
    })),
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
    ...(schedule ? { scheduledFor: { at: schedule.at, timeZone: schedule.timeZone } } : {}),
  };
  if (dialog === 'user-licenses' && plan.userLicenses) {
    view.userLicenses = plan.userLicenses.map((l) => ({
      product: productView(l.product),
      keep: !asked.has(l.product.skuId),
      removable: l.assignment === 'direct' || l.assignment === 'direct-and-group',
    }));
  }
  return view;
}

export function clarifyView(requestId: string, locale: Locale, c: Clarification): ClarifyView {
  const base = { kind: 'clarify' as const, locale, requestId, text: c.text };
  switch (c.code) {
    case 'ambiguous-person':
      return { ...base, code: c.code, candidates: c.candidates.map(personView) };
    case 'person-not-found':
      return { ...base, code: c.code, suggestions: c.suggestions.map(personView) };
    case 'ambiguous-product':
      return { ...base, code: c.code, candidates: c.candidates.map(productView) };
    case 'product-not-found':
      return { ...base, code: c.code, suggestions: c.suggestions.map(productView) };
  }
}
