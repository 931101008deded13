// Behind `autowrapt/opentelemetry/register`, after the register entry has
// bootstrapped: the bridge, whether or not AUTOWRAPT_OTEL is set.
import { getState } from '../core/state.js'
import { startOtelBridge } from './start.js'

if (getState().bootstrapped) startOtelBridge()
