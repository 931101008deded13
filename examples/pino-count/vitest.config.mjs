// The example is its own project: without this file vitest would use the
// repository's config above it (and its global setup, which checks our build).
import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { include: ['test/**/*.test.mjs'] } })
