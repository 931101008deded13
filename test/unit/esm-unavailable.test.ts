import { describe, expect, it, vi } from 'vitest'
import { nodeFeatures } from '../../src/core/node-features.js'
import { createMatcher } from '../../src/esm/matcher.js'
import { startLoader } from '../../src/esm/start-loader.js'
import { toTarget } from '../../src/core/targets.js'
import { captureWarnings } from '../helpers/warnings.js'

// No supported Node lacks both loader APIs, so this is the one warning a real
// process cannot produce here: the Node feature checks are stubbed.
describe('a Node with neither module.registerHooks nor module.register', () => {
  it('warns AUTOWRAPT_ESM_UNAVAILABLE once and starts no loader; CommonJS and builtins are unaffected', () => {
    const warnings = captureWarnings()
    vi.spyOn(nodeFeatures, 'syncHooks').mockReturnValue(false)
    vi.spyOn(nodeFeatures, 'moduleRegister').mockReturnValue(false)
    const onStart = vi.fn()
    const loader = startLoader([toTarget('some-esm-pkg')], createMatcher({ specifiers: ['some-esm-pkg'], files: [] }), onStart)
    expect(loader).toBeUndefined()
    expect(onStart).not.toHaveBeenCalled()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_ESM_UNAVAILABLE'])
    expect(warnings.messages()[0]).toMatch(/has neither usable module\.registerHooks nor module\.register; ESM targets will not be hooked/)
  })
})
