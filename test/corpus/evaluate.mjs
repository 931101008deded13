// Judging one package, on one Node, loaded one way: the three probes' outputs
// in, a status (ok | known-limitation | FAIL) and the problems found out.

function flatten(fingerprint, prefix = '', out = {}) {
  if (typeof fingerprint === 'string' || fingerprint === undefined) {
    out[prefix || '(module)'] = fingerprint ?? 'absent'
    return out
  }
  out[`${prefix || '(module)'}:type`] = fingerprint.type
  for (const [key, value] of Object.entries(fingerprint.keys ?? {})) out[prefix ? `${prefix}.${key}` : key] = value
  if (fingerprint.namespace !== undefined) {
    flatten(fingerprint.namespace, 'namespace', out)
    flatten(fingerprint.default, 'default', out)
  }
  return out
}

/** A short description of how two fingerprints differ, or undefined when equal. */
export function diffFingerprints(expected, actual) {
  const a = flatten(expected)
  const b = flatten(actual)
  const differences = []
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] === b[key]) continue
    if (!(key in b)) differences.push(`${key} missing`)
    else if (!(key in a)) differences.push(`${key} added (${b[key]})`)
    else differences.push(`${key}: ${a[key]} -> ${b[key]}`)
  }
  if (differences.length === 0) return undefined
  const shown = differences.slice(0, 8).join('; ')
  return differences.length > 8 ? `${shown}; and ${differences.length - 8} more` : shown
}

function firstLine(text) {
  return String(text).split('\n')[0]
}

function sameAsBaseline(label, baseline, run, problems) {
  if (run.error) {
    problems.push(`${label}: ${firstLine(run.error)}`)
    return
  }
  const diff = diffFingerprints(baseline.fingerprint, run.fingerprint)
  if (diff) problems.push(`${label}: fingerprint differs: ${diff}`)
  if (run.result !== baseline.result) problems.push(`${label}: call returned ${run.result}, baseline ${baseline.result}`)
  for (const warning of new Set(run.warnings ?? [])) problems.push(`${label}: unexpected warning ${warning}`)
}

function checkTargeted(entry, baseline, run, problems) {
  sameAsBaseline('targeted', baseline, run, problems)
  const ours = `${entry.corpusDir}/node_modules/`
  const fires = run.fired?.filter((f) => f.name === entry.target) ?? []
  const fired = fires.filter((f) => f.filename?.startsWith(ours)).length
  if (fired !== 1) problems.push(`targeted: hook fired ${fired} times on the application's instance, expected once`)
  for (const f of fires) if (!f.filename?.startsWith(ours)) problems.push(`targeted: hook also fired on ${f.filename ?? f.name}, which the application never loaded`)
  for (const note of run.notes ?? []) problems.push(`targeted: ${note}`)
  if (!run.error && !(run.calls?.[entry.name] > 0)) problems.push('targeted: the call did not go through the wrapper')
}

function checkUntargeted(entry, baseline, run, problems) {
  sameAsBaseline('untargeted', baseline, run, problems)
  if (run.fired?.some((f) => f.name === entry.target)) problems.push('untargeted: a hook fired for this package')
  if (run.calls?.[entry.name] > 0) problems.push('untargeted: calls went through a wrapper')
  if (!run.error && !(run.calls?.['corpus-decoy'] > 0)) problems.push('untargeted: the decoy was not hooked (autowrapt inactive?)')
}

function findLimitation(entry, node, loader, problems) {
  for (const limitation of entry.limitations ?? []) {
    if (!limitation.applies({ major: node.major, version: node.version, loader })) continue
    if (problems.every((p) => limitation.matches.test(p))) return limitation
  }
  return undefined
}

export function evaluate(entry, node, loader, baseline, targeted, untargeted) {
  const problems = []
  if (baseline.error) {
    problems.push(`baseline (no autowrapt): ${firstLine(baseline.error)}`)
  } else {
    checkTargeted(entry, baseline, targeted, problems)
    checkUntargeted(entry, baseline, untargeted, problems)
  }
  const details = { baseline: baseline.result, stderr: problems.length > 0 ? { targeted: targeted.stderr, untargeted: untargeted.stderr } : undefined }
  if (problems.length === 0) return { status: 'ok', problems, details }
  const limitation = findLimitation(entry, node, loader, problems)
  if (limitation) return { status: 'known-limitation', problems, limitation: { issue: limitation.issue, reason: limitation.reason }, details }
  return { status: 'FAIL', problems, details }
}
