import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // End-to-end tests start real processes; give a loaded machine room.
    testTimeout: 20_000,
  },
});
