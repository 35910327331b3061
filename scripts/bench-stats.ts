/* Figures for `npm run bench`: medians of several runs, never single timings. */

export const MiB = 1024 * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** The ZIP against the downloads manager (one by one, all at once), in either browser: medians and the median ratio. */
export function reportZipVsManager(
  browserLabel: string,
  latencyMs: number,
  times: { zips: number[]; oneByOne: number[]; allAtOnce: number[] },
): void {
  const { zips, oneByOne, allAtOnce } = times;
  const ratio = (others: number[]) => median(zips.map((zip, i) => others[i]! / zip));
  console.log(
    `\n${browserLabel}ZIP the extension builds vs the downloads manager: 20 × 5 MiB, ${latencyMs ? `${latencyMs} ms server latency` : 'loopback'} (median of ${zips.length}, alternating)`,
  );
  console.log(
    `  ZIP ${fmt(median(zips), 0)} ms; downloads manager one by one ${fmt(median(oneByOne), 0)} ms, all at once ${fmt(median(allAtOnce), 0)} ms`,
  );
  console.log(
    `  ratio downloads manager / ZIP: one by one ${fmt(ratio(oneByOne), 2)}, all at once ${fmt(ratio(allAtOnce), 2)} (target >= ${latencyMs ? '1.5' : '0.8'})`,
  );
}
