/** The one id lookup of the data modules. */
import type { Entry } from '../checks/content-set.ts';

/** One map per list for the whole build: pages look ids up in the same lists thousands of times. */
const maps = new WeakMap<readonly Entry<unknown>[], Map<string, Entry<unknown>>>();

/** A lookup that fails loudly: the cross-check guarantees ids resolve, so a miss is a bug. */
export function byId<T>(list: readonly Entry<T>[]): (id: string) => Entry<T> {
  let map = maps.get(list) as Map<string, Entry<T>> | undefined;
  if (!map) {
    map = new Map(list.map((e) => [e.id, e]));
    maps.set(list, map);
  }
  const found = map;
  return (id) => {
    const e = found.get(id);
    if (!e) throw new Error(`unknown id "${id}": the cross-check should have caught this`);
    return e;
  };
}
