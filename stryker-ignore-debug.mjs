// A StrykerJS ignorer: no mutants in debug-log lines. They are formatted only
// when NODE_DEBUG=autowrapt is on, and their text is checked by
// test/integration/debug-log.test.ts in real processes, which mutants do not reach.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin'

const REASON = 'debug-log line: checked by test/integration/debug-log.test.ts, out of reach of in-process mutants'

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'debug-log', {
    shouldIgnore(path) {
      const node = path.node
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'debug') return REASON
      if (node.type === 'IfStatement' && node.test.type === 'Identifier' && node.test.name === 'debugEnabled') return REASON
      return undefined
    },
  }),
]
