/**
 * `npm test`: lint (ESLint, boundaries, cycles, and Mozilla's web-ext lint of
 * the Firefox build), typecheck, unit, Chromium e2e and Firefox e2e, then one summary line
 * `N passed, N failed` for all suites together. Lint (ESLint, import
 * boundaries and cycles) and typecheck count as
 * one check each; unit and e2e count their tests. A suite that crashes
 * before reporting counts as one failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

const reports = mkdtempSync(path.join(tmpdir(), 'hq-test-'));

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title: string, command: string, args: string[]): Tally {
  return run(title, command, args) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function unit(): Tally {
  const out = path.join(reports, 'vitest.json');
  const ok = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  // A failing suite file (import error) has no failed *tests*; still a failure.
  return { passed: json.numPassedTests, failed: json.numFailedTests || (ok ? 0 : 1) };
}

/** A Playwright-run suite: Chromium e2e (Playwright drives the browser) or Firefox (puppeteer-core over WebDriver BiDi). */
function e2e(title: string, builds: string[], config: string): Tally {
  for (const build of builds) if (!run(build, 'npm', ['run', build, '--silent'])) return { passed: 0, failed: 1 };
  const out = path.join(reports, `${title}.json`);
  const ok = run(title, 'npx', ['playwright', 'test', '-c', config], { PW_JSON_OUTPUT: out });
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(out, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  const failed = stats.unexpected + stats.flaky;
  return { passed: stats.expected, failed: failed || (ok ? 0 : 1) };
}

const tallies = [
  check('lint', 'npm', ['run', '--silent', 'lint']),
  check('typecheck', 'npx', ['tsc', '--noEmit']),
  unit(),
  // The pseudo-locale build serves tests/e2e/pseudo-locale.spec.ts.
  e2e('e2e', ['build:e2e', 'build:pseudo'], 'playwright.config.ts'),
  e2e('firefox', ['build:firefox:e2e'], 'playwright.firefox.config.ts'),
];
const total = tallies.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed }), {
  passed: 0,
  failed: 0,
});
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
