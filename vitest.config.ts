import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/loopback-only.ts'],
    // Generous: CLI tests start processes, which take many seconds on a shared, loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two workers on this 2-core machine (vitest's default is cores − 1 = 1): most of the suite waits on Dovecot,
    // PostgreSQL, SMTP and child processes, so two files at a time overlap those waits. Measured on the same tree,
    // 413 files and 7,466 tests: 1,430 s with one worker, 854 s with two, every test green in both, and the
    // slowest single test 40 s in both (the timeouts below stay 60 s).
    maxWorkers: 2,
  },
});
