import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/**
 * Per-request middleware option (the SDK's MiddlewareOptions mechanism) through which the pacing
 * middleware reports when the request actually went on the wire, after any wait at the throttle
 * gate or for a concurrency slot. The batch runner needs it to tell the gate which throttle episode
 * a `$batch` sub-response's 429 belongs to.
 */
export class SendProbe implements MiddlewareOptions {
  /** Epoch ms of the last attempt's departure; undefined until sent. */
  sentAtMs: number | undefined;
}

/** The probe attached to this request, if any. */
export function sendProbeOf(context: Context): SendProbe | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(SendProbe);
  return option instanceof SendProbe ? option : undefined;
}
