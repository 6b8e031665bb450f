import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { productDisplayName } from '../catalog/match-products';
import { seatsOf } from '../catalog/seats-of';
import type { PlanProduct, PlanUser } from '../removal-plan';

/** A Graph user as a plan (and its cards) shows them. */
export function toPlanUser(u: User): PlanUser {
  const user: PlanUser = {
    id: u.id ?? '',
    displayName: u.displayName ?? u.userPrincipalName ?? u.id ?? '',
    userPrincipalName: u.userPrincipalName ?? '',
    accountEnabled: u.accountEnabled !== false,
  };
  if (u.mail) user.mail = u.mail;
  if (u.department) user.department = u.department;
  if (u.jobTitle) user.jobTitle = u.jobTitle;
  return user;
}

/** A tenant SKU as a plan shows it: the admin center's name and its seats. */
export function toPlanProduct(sku: SubscribedSku): PlanProduct {
  return {
    skuId: sku.skuId ?? '',
    skuPartNumber: sku.skuPartNumber ?? '',
    displayName: productDisplayName({ skuId: sku.skuId ?? '', skuPartNumber: sku.skuPartNumber ?? '' }),
    seats: seatsOf(sku),
  };
}
