import { GraphClientError } from '@microsoft/microsoft-graph-client';
import { GraphError } from '../graph-error';

/**
 * Carries our GraphError out of the SDK's middleware chain. GraphRequest.send rethrows a
 * `GraphClientError` untouched but wraps anything else into the SDK's own GraphError (losing our
 * code), so middleware throws this wrapper and the client unwraps it with `toGraphError`.
 */
export class GraphFailure extends GraphClientError {
  constructor(readonly graphError: GraphError) {
    super(graphError.message);
    // GraphClientError resets the prototype to its own in its constructor (an ES5 Error-subclass
    // workaround), which would make `instanceof GraphFailure` false; restore ours.
    Object.setPrototypeOf(this, GraphFailure.prototype);
  }
}

/** Whatever a call threw, as a GraphError. Unknown faults become `graph/unexpected` (status 0). */
export function toGraphError(e: unknown): GraphError {
  if (e instanceof GraphError) return e;
  if (e instanceof GraphFailure) return e.graphError;
  return new GraphError('graph/unexpected', 0, undefined, undefined, undefined);
}
