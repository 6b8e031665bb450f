/** Caches an async lookup per key (for one planning pass or one read): each key is fetched once. */
export function memoize<V>(fn: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const cache = new Map<string, Promise<V>>();
  return (key) => {
    const known = cache.get(key);
    if (known) return known;
    const p = fn(key);
    cache.set(key, p);
    return p;
  };
}
