import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core to itself (1 worker on 2 cores); its own process is idle
    // while the guest programs run, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
