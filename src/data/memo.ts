/**
 * Once per content set: several routes of one build (the field pages, the A–Z pages, /thu-tuc/)
 * need the same view model, which at 20,000 guides takes a second or more to make. The checked
 * content is never changed after loading, so the result is kept for as long as the set lives.
 */
export function perContent<C extends object, A extends unknown[], R>(make: (content: C, ...args: A) => R): (content: C, ...args: A) => R {
  const cache = new WeakMap<C, Map<string, R>>();
  return (content, ...args) => {
    const key = JSON.stringify(args);
    let byArgs = cache.get(content);
    if (!byArgs) cache.set(content, (byArgs = new Map()));
    if (!byArgs.has(key)) byArgs.set(key, make(content, ...args));
    return byArgs.get(key)!;
  };
}
