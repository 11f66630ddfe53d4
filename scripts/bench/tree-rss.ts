/** Peak memory of a process tree: RSS of a process and all its descendants, sampled from /proc. */
import { readFileSync, readdirSync } from 'node:fs';

export interface RssSample {
  time: number;
  rss: number;
}

function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The RSS in bytes of `root` and every process below it, now. */
export function treeRss(root: number): number {
  const parents = parentsByPid();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += rssOf(pid);
  return total;
}

/** Sample `pid`'s tree every `everyMs` until stopped; returns the samples. */
export function sampleTree(pid: number, everyMs = 100): { stop: () => RssSample[] } {
  const samples: RssSample[] = [];
  const timer = setInterval(() => samples.push({ time: Date.now(), rss: treeRss(pid) }), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The highest sample between two times. */
export const peakBetween = (samples: RssSample[], start: number, end: number): number =>
  samples.filter((s) => s.time >= start && s.time <= end + 100).reduce((m, s) => Math.max(m, s.rss), 0);
