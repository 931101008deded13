export function dualName() {
  return 'dual-esm'
}
