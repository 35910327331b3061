import { startHqServer, type HqServer } from './server';

/** Playwright's worker fixtures of both browsers' suites: one real HQ server per worker (tests reset it). */
export interface HqWorkerFixtures {
  hq: HqServer;
}

export const hqWorkerFixture: [({}, use: (server: HqServer) => Promise<void>) => Promise<void>, { scope: 'worker' }] = [
  async ({}, use) => {
    const server = await startHqServer();
    await use(server);
    await server.close();
  },
  { scope: 'worker' },
];
