import { execSync } from 'node:child_process';

/** RSS of all chromium processes of one profile (the browser and its children), by process type. */
export function profileRss(userDataDir: string): Map<string, number> {
  const out = execSync('ps -eo pid=,ppid=,rss=,args=', { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const rows = out
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss) * 1024, args: args.join(' ') };
    });
  const byType = new Map<string, number>();
  const root = rows.find((r) => r.args.includes(`--user-data-dir=${userDataDir}`) && !r.args.includes('--type='));
  if (!root) return byType;
  const family = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (!family.has(r.pid) && family.has(r.ppid)) {
        family.add(r.pid);
        grew = true;
      }
  }
  for (const r of rows.filter((row) => family.has(row.pid))) {
    const type = /--type=(\S+)/.exec(r.args)?.[1] ?? 'browser';
    const service = /--utility-sub-type=(\S+)/.exec(r.args)?.[1];
    const key = service ? `${type}:${service.replace(/^.*\./, '')}` : type;
    byType.set(key, (byType.get(key) ?? 0) + r.rss);
  }
  return byType;
}

export const total = (rss: Map<string, number>) => [...rss.values()].reduce((a, b) => a + b, 0);
