const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatchByType = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/scripts/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["<rootDir>/integration-tests/modules/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  // The dashboard in headless Chromium against a built, seeded server (integration-tests/e2e).
  e2e: ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          target: "es2021",
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  // Every integration spec boots a whole Medusa app; a worker that has held one is replaced
  // instead of reused, so memory from earlier boots never slows the next spec.
  workerIdleMemoryLimit: "700MB",
  // The longest files (the browser spec builds the dashboard) start first on their own worker.
  testSequencer: "<rootDir>/integration-tests/sequencer.js",
  testMatch: testMatchByType[process.env.TEST_TYPE] ?? Object.values(testMatchByType).flat(),
}
