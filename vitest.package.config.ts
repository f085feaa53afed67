// `npm run test:package`: sigreport packed, installed and used the way an adopter does
// (tests/package/). Kept out of `npm test` because it runs npm installs; .ci/run runs it.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/package/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
