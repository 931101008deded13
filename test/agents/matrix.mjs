// The agents matrix as a text table: one row per agent x application x order
// (and regression variant), one column per Node version.

function label(cell) {
  if (cell.limitation) return cell.ok ? cell.limitation.label : `FAIL (not as documented: ${cell.limitation.name})`
  if (cell.ok) return 'ok'
  return cell.cause ? `FAIL (${cell.cause.split(':')[0]})` : 'FAIL'
}

export function renderMatrix(cells, nodes) {
  const rows = new Map()
  for (const cell of cells) {
    const { run } = cell
    const key = `${run.agent.name} ${run.kind} ${run.order}${run.variant.name ? ` +${run.variant.name}` : ''}`
    if (!rows.has(key)) rows.set(key, new Map())
    rows.get(key).set(run.node.version, `${label(cell)} ${(run.ms / 1000).toFixed(1)}s`)
  }
  const header = ['agent app order', ...nodes.map((n) => `Node ${n.version}`)]
  const body = [...rows].map(([key, byNode]) => [key, ...nodes.map((n) => byNode.get(n.version) ?? '-')])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)))
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

/** The same matrix in Markdown, for RESULTS.md and the README's Coexistence section. */
export function renderMarkdown(cells, nodes) {
  const rows = new Map()
  for (const cell of cells) {
    const { run } = cell
    const key = `| ${run.agent.name} | ${run.kind === 'esm' ? 'ESM' : 'CommonJS'} | ${run.order}${run.variant.name ? `, ${run.variant.name}` : ''} |`
    if (!rows.has(key)) rows.set(key, new Map())
    rows.get(key).set(run.node.version, label(cell))
  }
  const header = `| agent | app | order | ${nodes.map((n) => `Node ${n.version}`).join(' | ')} |`
  const rule = `| --- | --- | --- | ${nodes.map(() => '---').join(' | ')} |`
  const body = [...rows].map(([key, byNode]) => `${key} ${nodes.map((n) => byNode.get(n.version) ?? '-').join(' | ')} |`)
  return [header, rule, ...body].join('\n')
}
