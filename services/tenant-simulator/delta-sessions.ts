import { randomUUID } from 'node:crypto';

/**
 * What the simulator remembers for `/users/delta`. Graph's state tokens are opaque; here a token
 * names a stored snapshot (user id → the selected properties as JSON at the end of a round), so a
 * later round can say what changed, however the tenant was changed (writes, or a test editing
 * `state` directly). Bounded: the oldest entries are forgotten, and a forgotten token gets the
 * 410 Graph gives for an expired one.
 */
export interface DeltaSnapshot {
  /** `$select`ed properties, or undefined for Graph's default set. */
  fields: string[] | undefined;
  /** User id (lower case) → JSON of the user's tracked properties. */
  users: ReadonlyMap<string, string>;
}

/** One round being paged: every item computed when the round started, and the snapshot it ends at. */
export interface DeltaRound {
  items: readonly unknown[];
  pageSize: number;
  snapshot: DeltaSnapshot;
}

const MAX_ENTRIES = 32;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  while (map.size > MAX_ENTRIES) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

/** Delta tokens and paging sessions of one running simulator. */
export class DeltaSessions {
  private readonly snapshots = new Map<string, DeltaSnapshot>();
  private readonly rounds = new Map<string, DeltaRound>();

  saveSnapshot(snapshot: DeltaSnapshot): string {
    const token = randomUUID();
    remember(this.snapshots, token, snapshot);
    return token;
  }

  snapshot(token: string): DeltaSnapshot | undefined {
    return this.snapshots.get(token);
  }

  startRound(round: DeltaRound): string {
    const id = randomUUID();
    remember(this.rounds, id, round);
    return id;
  }

  round(id: string): DeltaRound | undefined {
    return this.rounds.get(id);
  }
}
