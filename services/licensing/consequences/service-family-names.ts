/**
 * The service a product text names on its own ("Teams", "e-post", "OneDrive"), in Swedish or
 * English: used to notice when a loosely matched product ("Teams" → Teams Premium) is probably
 * not what was meant because the named users get that service from a suite.
 */
import { productKey } from '../catalog/normalise-product-text';
import type { ServiceKind } from './classify-service-plan';

const NAMES: readonly [Exclude<ServiceKind, 'other'>, readonly string[]][] = [
  ['teams', ['teams', 'microsoft teams']],
  [
    'exchange',
    ['exchange', 'exchange online', 'mail', 'email', 'e-mail', 'epost', 'e-post', 'mejl', 'postlåda', 'mailbox'],
  ],
  ['sharepoint-onedrive', ['onedrive', 'sharepoint']],
  ['office-apps', ['office', 'office apps', 'office-appar', 'office-apparna', 'microsoft 365 apps']],
  ['power-bi', ['power bi']],
  ['intune', ['intune']],
  ['defender', ['defender']],
  ['copilot', ['copilot']],
  ['visio', ['visio']],
  ['project', ['project']],
];

const BY_KEY: ReadonlyMap<string, Exclude<ServiceKind, 'other'>> = new Map(
  NAMES.flatMap(([family, names]) => names.map((n) => [productKey(n), family] as const)),
);

/** The family the whole text names, if it names one. */
export function serviceFamilyNamed(text: string): Exclude<ServiceKind, 'other'> | undefined {
  return BY_KEY.get(productKey(text));
}
