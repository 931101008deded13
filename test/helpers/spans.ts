// Span trees as sorted text lines, for comparing what a child process
// recorded (recordSpans().tree(), printed as JSON) with what a test expects.
// Siblings are sorted: the SDK's clock has millisecond steps, so start order
// between spans of the same millisecond is not recorded.
import type { SpanNode } from '../../src/testing/spans.js'

function render(node: SpanNode, depth: number): string[] {
  const attributes = Object.entries(node.attributes).sort(([a], [b]) => a.localeCompare(b))
  const head = [
    `${'  '.repeat(depth)}${node.name} (${node.kind})`,
    node.status === 'unset' ? '' : ` ${node.status}${node.statusMessage ? `: ${node.statusMessage}` : ''}`,
    node.events.length > 0 ? ` events=${node.events.join(',')}` : '',
    attributes.length > 0 ? ` ${attributes.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}` : '',
  ].join('')
  const children = node.children.map((c) => render(c, depth + 1)).sort((a, b) => a.join('\n').localeCompare(b.join('\n')))
  return [head, ...children.flat()]
}

/** The last stdout line, a JSON span tree, as sorted indented lines. */
export function spanLines(stdout: string): string[] {
  const lines = stdout.trim().split('\n')
  const tree = JSON.parse(lines[lines.length - 1]!) as SpanNode[]
  return tree.map((root) => render(root, 0)).flat()
}
