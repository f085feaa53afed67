// `npm run test:browser`: the end-to-end tests in a real Chromium (tests/browser/). Kept out of
// `npm test` so the unit and site tests need no browser; .ci/run runs both.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two shared cores: one browser per file, files one after the other.
    fileParallelism: false,
  },
});
