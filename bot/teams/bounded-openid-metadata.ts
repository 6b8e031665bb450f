import { AuthenticationError } from 'botframework-connector';
// Not re-exported by the package root; botbuilder's token extractor keeps one instance per metadata URL.
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import { z } from 'zod';

/** Longest a fetch of the OpenID configuration or the signing keys may take. */
export const METADATA_FETCH_TIMEOUT_MS = 3000;

/** After a failed fetch, requests use the keys they have (or are refused) for this long before one tries again. */
export const METADATA_RETRY_AFTER_MS = 60_000;

const openIdConfiguration = z.looseObject({ jwks_uri: z.url({ protocol: /^https?$/ }) });
const signingKeys = z.looseObject({
  keys: z.array(
    z.looseObject({
      kid: z.string().optional(),
      n: z.string().optional(),
      e: z.string().optional(),
      endorsements: z.array(z.string()).optional(),
    }),
  ),
});

/** The private fields of botframework-connector's OpenIdMetadata that its `getKey`/`findKey` use. */
interface MetadataFields {
  url: string;
  keys: unknown[] | undefined;
  lastUpdated: number;
}

interface RefreshState {
  pending: Promise<void> | undefined;
  failedAt: number | undefined;
}

export interface BoundedMetadataOptions {
  now?: () => number;
  onFailure?: (url: string, error: unknown) => void;
}

let options: Required<BoundedMetadataOptions> = { now: Date.now, onFailure: () => undefined };
let installed = false;
const states = new WeakMap<object, RefreshState>();

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(METADATA_FETCH_TIMEOUT_MS), redirect: 'error' });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
  return res.json();
}

async function load(m: MetadataFields): Promise<void> {
  const config = openIdConfiguration.parse(await fetchJson(m.url));
  const { keys } = signingKeys.parse(await fetchJson(config.jwks_uri));
  m.keys = keys;
  // The connector compares this with Date.now() itself.
  m.lastUpdated = Date.now();
}

/**
 * The replacement for OpenIdMetadata's `refreshCache`. The connector's own fetches with no
 * timeout, throws an error with status 500 when the metadata cannot be fetched (which answered a
 * forged token with 500), and fetches again for every request while it fails. This one fetches
 * with a timeout, one fetch at a time per URL, at most once per METADATA_RETRY_AFTER_MS after a
 * failure, keeps the last good keys when a refresh fails, and without any keys refuses the token
 * with a 401 (it cannot be verified). The connector's own schedule (refresh after 24 hours, or
 * for an unknown key id at most once an hour) is unchanged.
 */
async function boundedRefresh(this: MetadataFields): Promise<void> {
  let state = states.get(this);
  if (!state) states.set(this, (state = { pending: undefined, failedAt: undefined }));
  const failedRecently = state.failedAt !== undefined && options.now() - state.failedAt < METADATA_RETRY_AFTER_MS;
  if (!state.pending && !failedRecently) {
    const s = state;
    s.pending = load(this)
      .then(
        () => {
          s.failedAt = undefined;
        },
        (e: unknown) => {
          s.failedAt = options.now();
          options.onFailure(this.url, e);
        },
      )
      .finally(() => {
        s.pending = undefined;
      });
  }
  if (state.pending) await state.pending;
  if (!this.keys) throw new AuthenticationError('Bot Framework signing keys are unavailable', 401);
}

/**
 * Puts `boundedRefresh` in place of the connector's `refreshCache` (once per process; later calls
 * only replace the options). Call it before the adapter verifies its first request.
 */
export function installBoundedOpenIdMetadata(o: BoundedMetadataOptions = {}): void {
  options = { now: o.now ?? Date.now, onFailure: o.onFailure ?? (() => undefined) };
  if (installed) return;
  (OpenIdMetadata.prototype as unknown as { refreshCache: () => Promise<void> }).refreshCache = boundedRefresh;
  installed = true;
}
