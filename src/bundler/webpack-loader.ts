// The loader the webpack plugin puts on target modules and traced files: the
// shared core decides what the module becomes.
import { cores } from './webpack-cores.js'

type LoaderContext = {
  resourcePath: string
  getOptions(): { core: string }
  emitWarning(error: Error): void
}

export default function autowraptLoader(this: LoaderContext, source: string): string {
  const core = cores.get(this.getOptions().core)
  if (core === undefined) return source
  const code = core.transform(this.resourcePath, source)
  for (const message of core.takeMessages()) this.emitWarning(new Error(message))
  return code ?? source
}
