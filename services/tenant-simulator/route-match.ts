import type { Route } from './sim-types';

/** The outcome of matching a path against the routes table. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  /** `segment` is the first path segment no route knows (Graph names it in its 400). */
  | { kind: 'not-found'; segment: string };

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** How many leading segments of `segments` fit `pattern`, and the params bound on the way. */
function fit(pattern: string[], segments: string[]): { matched: number; params: Record<string, string> } {
  const params: Record<string, string> = {};
  let matched = 0;
  for (; matched < Math.min(pattern.length, segments.length); matched++) {
    const p = pattern[matched] as string;
    const s = segments[matched] as string;
    if (p.startsWith('{') && p.endsWith('}')) params[p.slice(1, -1)] = s;
    else if (p.toLowerCase() !== s.toLowerCase()) break;
  }
  return { matched, params };
}

/** Finds the route for a method and path; literal segments match case-insensitively, as in Graph. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const segments = splitPath(path);
  let deepest = 0;
  let pathKnown = false;
  for (const route of routes) {
    const pattern = splitPath(route.pattern);
    const { matched, params } = fit(pattern, segments);
    if (matched === pattern.length && matched === segments.length) {
      if (route.method === method) return { kind: 'found', route, params };
      pathKnown = true;
    }
    deepest = Math.max(deepest, matched);
  }
  if (pathKnown) return { kind: 'method-not-allowed' };
  return { kind: 'not-found', segment: segments[deepest] ?? segments[segments.length - 1] ?? '' };
}
