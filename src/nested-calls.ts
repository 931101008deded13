// Nested calls on one tracing channel (issue 27, item 6). A traced function
// that calls itself (undici's `request(opts)` calls `request(opts, callback)`
// to build its promise) publishes a `start` for each call: two per call from
// the application. A subscriber that makes one span per call skips the
// starts made while another call on the same channel is still running
// synchronously, between its `start` and its `end`. Calls made later, from a
// callback or after an `await`, are not nested: they are calls of their own.
import { tracingChannel } from 'node:diagnostics_channel'

export type NestedCalls = {
  /** Whether this message's call started while another call on the channel was running. */
  isNested(message: object): boolean
  /** Stops tracking (the channel's events are no longer subscribed to by the tracker). */
  unsubscribe(): void
}

/**
 * Tracks which calls on a tracing channel are nested in another call on the
 * same channel. Call it once per channel; ask `isNested(message)` from any
 * event handler of that channel, subscribed before or after the tracker.
 * A call whose `start` was published before the tracker existed is judged
 * by what is running when it is asked about.
 *
 * ```ts
 * const nesting = trackNestedCalls('orchestrion:undici:request')
 * tracingChannel('orchestrion:undici:request').subscribe({
 *   start(message) { if (!nesting.isNested(message)) startSpan(message) },
 *   asyncEnd(message) { if (!nesting.isNested(message)) endSpan(message) },
 * })
 * ```
 */
export function trackNestedCalls(channel: string): NestedCalls {
  if (typeof channel !== 'string' || channel === '') throw new TypeError('autowrapt: trackNestedCalls needs a tracing channel name')
  // The calls between their start and their end, innermost last: start and
  // end are published synchronously around the call, so they nest as a stack.
  const running: object[] = []
  const decided = new WeakMap<object, boolean>()
  const decide = (message: object): boolean => {
    let nested = decided.get(message)
    if (nested === undefined) decided.set(message, (nested = running.length > 0 && !running.includes(message)))
    return nested
  }
  const handlers = {
    start(message: unknown) {
      decide(message as object)
      running.push(message as object)
    },
    end(message: unknown) {
      const at = running.lastIndexOf(message as object)
      if (at !== -1) running.splice(at, 1)
    },
  }
  const traced = tracingChannel(channel)
  // Node subscribes the events given and skips the others; its types want all five.
  const subscribers = handlers as unknown as Parameters<typeof traced.subscribe>[0]
  traced.subscribe(subscribers)
  return { isNested: decide, unsubscribe: () => void traced.unsubscribe(subscribers) }
}
