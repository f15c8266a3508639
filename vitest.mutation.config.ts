import { defineConfig } from 'vitest/config';

/** Fast unit tests of the pure code, for mutation testing (npm run mutation): no build, no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/domain/**/*.test.ts', 'tests/unit/inputSchema.test.ts', 'tests/unit/agreement.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    env: { TZ: 'UTC', URL_PROPERTY_RUNS: '300' },
  },
});
