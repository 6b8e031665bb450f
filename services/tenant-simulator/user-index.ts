import type { FilterExpr } from './odata/filter-parser';
import type { TenantUser } from './tenant-file';

/** Properties with a prefix index: what License Desk's `startswith`, `eq` and `in` filters name. */
const INDEXED = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'] as const;
type IndexedField = (typeof INDEXED)[number];

interface Entry {
  key: string;
  position: number;
}

function isIndexed(field: string): field is IndexedField {
  return (INDEXED as readonly string[]).includes(field);
}

/** First index whose key is ≥ `prefix` (binary search). */
function lowerBound(entries: readonly Entry[], prefix: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).key < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes over a tenant's users, so the simulator answers License Desk's lookups in time that
 * does not grow with the tenant (a 100,000-user tenant scanned per query made the in-process
 * simulator most of a chat turn's CPU): users by id or UPN, by manager, and a sorted,
 * lower-cased prefix index per name and address property. Built on first use. Names, addresses
 * and managers never change in the simulator (writes change licenses only), so it is never
 * rebuilt; `candidates` is a superset that callers still filter exactly, so it can only narrow.
 */
export class UserIndex {
  // Positions, not objects: a test may replace a user object in the array; what is returned is
  // always the array's current object, checked against the key (else a plain scan answers).
  private byKeyMap: Map<string, number> | undefined;
  private byManagerMap: Map<string, number[]> | undefined;
  private readonly prefix = new Map<IndexedField, Entry[]>();

  constructor(private readonly users: readonly TenantUser[]) {}

  /** By object id or userPrincipalName, case-insensitive. */
  byKey(idOrUpn: string): TenantUser | undefined {
    const key = idOrUpn.toLowerCase();
    const matches = (u: TenantUser | undefined) =>
      u !== undefined && (u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
    if (!this.byKeyMap) {
      this.byKeyMap = new Map();
      this.users.forEach((u, position) => {
        this.byKeyMap?.set(u.id.toLowerCase(), position);
        this.byKeyMap?.set(u.userPrincipalName.toLowerCase(), position);
      });
    }
    const position = this.byKeyMap.get(key);
    const hit = position === undefined ? undefined : this.users[position];
    if (matches(hit)) return hit;
    return position === undefined ? undefined : this.users.find(matches);
  }

  /** Users whose manager is `managerId`, in tenant order. */
  reportsOf(managerId: string): TenantUser[] {
    const key = managerId.toLowerCase();
    if (!this.byManagerMap) {
      this.byManagerMap = new Map();
      this.users.forEach((u, position) => {
        const m = u.managerId?.toLowerCase();
        if (!m) return;
        const list = this.byManagerMap?.get(m) ?? [];
        list.push(position);
        this.byManagerMap?.set(m, list);
      });
    }
    return (this.byManagerMap.get(key) ?? [])
      .map((p) => this.users[p] as TenantUser)
      .filter((u) => u.managerId?.toLowerCase() === key);
  }

  /**
   * The users a filter can match, in tenant order, found through the indexes; `undefined` when
   * the filter has a part no index covers (the caller scans everyone then).
   */
  candidates(expr: FilterExpr): TenantUser[] | undefined {
    const positions = this.positions(expr);
    if (!positions) return undefined;
    return [...positions].sort((a, b) => a - b).map((p) => this.users[p] as TenantUser);
  }

  private positions(expr: FilterExpr): Set<number> | undefined {
    switch (expr.kind) {
      case 'or': {
        const left = this.positions(expr.left);
        const right = left && this.positions(expr.right);
        return left && right ? new Set([...left, ...right]) : undefined;
      }
      case 'and': {
        const left = this.positions(expr.left);
        const right = this.positions(expr.right);
        if (left && right) return left.size <= right.size ? left : right;
        return left ?? right;
      }
      case 'startswith':
        return isIndexed(expr.field) ? this.withPrefix(expr.field, expr.value.toLowerCase(), false) : undefined;
      case 'compare':
        return expr.op === 'eq' && typeof expr.value === 'string' && isIndexed(expr.field)
          ? this.withPrefix(expr.field, expr.value.toLowerCase(), true)
          : undefined;
      case 'in': {
        if (!isIndexed(expr.field) || !expr.values.every((v) => typeof v === 'string')) return undefined;
        const field = expr.field;
        return new Set(expr.values.flatMap((v) => [...this.withPrefix(field, String(v).toLowerCase(), true)]));
      }
      case 'not':
      case 'anyLicense':
      case 'range':
        return undefined;
    }
  }

  private withPrefix(field: IndexedField, prefix: string, exact: boolean): Set<number> {
    const entries = this.entries(field);
    const out = new Set<number>();
    for (let i = lowerBound(entries, prefix); i < entries.length; i++) {
      const entry = entries[i] as Entry;
      if (!entry.key.startsWith(prefix)) break;
      if (!exact || entry.key === prefix) out.add(entry.position);
    }
    return out;
  }

  private entries(field: IndexedField): Entry[] {
    let entries = this.prefix.get(field);
    if (!entries) {
      entries = [];
      this.users.forEach((u, position) => {
        const value = u[field];
        if (typeof value === 'string') entries?.push({ key: value.toLowerCase(), position });
      });
      entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position));
      this.prefix.set(field, entries);
    }
    return entries;
  }
}

/** One index per live tenant state (keyed by its users array). */
const indexes = new WeakMap<readonly TenantUser[], UserIndex>();

export function userIndexOf(users: readonly TenantUser[]): UserIndex {
  let index = indexes.get(users);
  if (!index) {
    index = new UserIndex(users);
    indexes.set(users, index);
  }
  return index;
}
