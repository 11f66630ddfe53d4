/** The one id lookup of the data modules. */
import type { Entry } from '../checks/content-set.ts';

/** A lookup that fails loudly: the cross-check guarantees ids resolve, so a miss is a bug. */
export function byId<T>(list: readonly Entry<T>[]): (id: string) => Entry<T> {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const e = map.get(id);
    if (!e) throw new Error(`unknown id "${id}": the cross-check should have caught this`);
    return e;
  };
}
