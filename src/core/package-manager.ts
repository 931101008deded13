// A package manager's own process (npm, npx, pnpm, yarn, corepack) is not the
// application: an exported NODE_OPTIONS reaches it too (`npm start` starts
// npm, which starts the app). autowrapt stays off there, so that nothing runs
// in it and its report, all `not-loaded`, does not stand beside the app's.

const MANAGERS = new Set(['npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'yarnpkg', 'corepack'])

/**
 * The package manager whose CLI `script` (process.argv[1]) is, or undefined:
 * `/usr/bin/npm`, `.../npm/bin/npm-cli.js`, `.../pnpm/bin/pnpm.cjs`,
 * `.yarn/releases/yarn-4.1.0.cjs`.
 */
export function packageManagerOf(script: string | undefined): string | undefined {
  if (!script) return undefined
  const base = script
    .slice(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1)
    .replace(/\.[cm]?js$/, '')
    .replace(/-cli$/, '')
  if (MANAGERS.has(base)) return base
  return /^yarn-\d+\.\d+\.\d+/.test(base) ? 'yarn' : undefined
}
