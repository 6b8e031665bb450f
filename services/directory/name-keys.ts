import { fold } from '../licensing/text-match';
import type { DirectoryUser } from './directory-user';

/**
 * How names are compared: folded (case, diacritics and apostrophes, see `fold`), and a hyphen
 * counts as a space, so "Anna-Karin", "anna karin" and "ANNA KARIN" are one key.
 */
export function nameKey(text: string): string {
  return fold(text.replace(/[-‐‑–]/gu, ' '));
}

/** Mail and UPN compare case-insensitively and without diacritics ("åsa@…" = "asa@…"). */
export function addressKey(text: string): string {
  return fold(text).replace(/\s+/gu, '');
}

/** The local part of an address ("anna.lindberg" of "anna.lindberg@contoso.se"). */
export function localPart(address: string): string {
  const at = address.indexOf('@');
  return at === -1 ? address : address.slice(0, at);
}

/** The names a user answers to as a whole: display name and "given surname". */
export function fullNameKeys(user: DirectoryUser): string[] {
  const keys = new Set<string>();
  if (user.displayName) keys.add(nameKey(user.displayName));
  if (user.givenName && user.surname) keys.add(nameKey(`${user.givenName} ${user.surname}`));
  keys.delete('');
  return [...keys];
}

/** "surname given", as in "Ek, Bo" or a list sorted by surname. */
export function reversedNameKey(user: DirectoryUser): string | undefined {
  return user.givenName && user.surname ? nameKey(`${user.surname} ${user.givenName}`) : undefined;
}
