import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type {
  AssignedLicense,
  CompanySubscription,
  LicenseAssignmentState,
  SubscribedSku,
} from '@microsoft/microsoft-graph-types';
import type { z } from 'zod';
import { checkTenantConsistency } from './tenant-consistency';
import { tenantFileSchema } from './tenant-schema';

/** A whole tenant: organization, SKUs, subscriptions, users, groups and directory roles. */
export type TenantFile = z.infer<typeof tenantFileSchema>;
export type TenantUser = TenantFile['users'][number];
export type TenantSku = TenantFile['subscribedSkus'][number];
export type TenantGroup = TenantFile['groups'][number];
export type TenantDirectoryRole = TenantFile['directoryRoles'][number];
export type TenantLicenseState = TenantUser['licenseAssignmentStates'][number];

// Compile-time proof that the tenant shapes are Graph shapes, so handlers can serve them as they are.
type Conforms<T extends U, U> = T;
type _GraphShapes = [
  Conforms<TenantSku, SubscribedSku>,
  Conforms<TenantFile['subscriptions'][number], CompanySubscription>,
  Conforms<TenantUser['assignedLicenses'][number], AssignedLicense>,
  Conforms<TenantLicenseState, LicenseAssignmentState>,
];

/**
 * A tenant file that cannot be used. The message names the file and the JSON path of the first
 * problem (`tenant file demo.json: users[3].assignedLicenses[0].skuId: expected a GUID`) and is
 * meant for people: the CLI prints it without a stack.
 */
export class TenantFileError extends Error {
  override readonly name = 'TenantFileError';
  constructor(
    /** The file name (or other label) the tenant came from. */
    readonly source: string,
    /** JSON path of the problem, e.g. `users[3].assignedLicenses[0].skuId`; empty for the whole file. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`tenant file ${source}: ${path ? `${path}: ` : ''}${problem}`);
  }
}

/** Formats a zod issue path as `users[3].assignedLicenses[0].skuId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/**
 * Validates a parsed tenant file: shape (zod), referential integrity and the user/group license
 * consistency Graph maintains. Throws `TenantFileError` on the first problem; returns the parsed file.
 */
export function parseTenantFile(json: unknown, source: string): TenantFile {
  const parsed = tenantFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TenantFileError(source, issue ? formatPath(issue.path) : '', issue?.message ?? 'invalid');
  }
  const problem = checkTenantConsistency(parsed.data);
  if (problem) throw new TenantFileError(source, problem.path, problem.message);
  return parsed.data;
}

/** Reads and validates a tenant file from disk. Throws `TenantFileError` for unreadable or invalid files. */
export function loadTenantFile(path: string): TenantFile {
  const source = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new TenantFileError(source, '', `cannot read ${path} (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new TenantFileError(source, '', `not valid JSON (${(e as Error).message})`);
  }
  return parseTenantFile(json, source);
}
