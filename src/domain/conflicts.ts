import type { Session } from './types';
import { compareSessions, overlaps } from './schedule';

/**
 * For each marked item, the other marked items that share time with it (in programme order).
 * Items without a clash are absent. One ending exactly when the next starts is no clash:
 * people walk from one to the other.
 */
export function findConflicts(marked: readonly Session[]): Map<string, Session[]> {
  const sorted = [...marked].sort(compareSessions);
  const result = new Map<string, Session[]>();
  const add = (a: Session, b: Session) => {
    const list = result.get(a.guid);
    if (list) list.push(b);
    else result.set(a.guid, [b]);
  };
  // Sweep in start order: once an item starts at or after `a` ends, no later item can clash with `a`.
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.start.getTime() >= a.end.getTime()) break;
      if (overlaps(a, b)) {
        add(a, b);
        add(b, a);
      }
    }
  }
  for (const list of result.values()) list.sort(compareSessions);
  return result;
}
