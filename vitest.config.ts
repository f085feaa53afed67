import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts); the
    // packed-package test installs from npm: `npm run test:package` (vitest.package.config.ts).
    exclude: ["tests/browser/**", "tests/package/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Site builds share the machine's two cores; files in parallel, tests inside a file in order.
    fileParallelism: true,
  },
});
