// Propagation: autowrapt is enabled once, through the environment, and every
// worker thread and child process that inherits NODE_OPTIONS is instrumented
// too. The last child gets an explicit env without NODE_OPTIONS, so it is not.
import { spawn, fork } from 'node:child_process'
import cluster from 'node:cluster'
import { once } from 'node:events'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const member = fileURLToPath(new URL('./family-member.cjs', import.meta.url))
const server = createServer((req, res) => res.end('ok'))
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`

async function exited (child) {
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`member exited with ${code}`)
}

await exited(new Worker(member, { argv: ['worker', base] }))
await exited(fork(member, ['fork', base]))
await exited(spawn(process.execPath, [member, 'spawn', base], { stdio: 'inherit' }))
cluster.setupPrimary({ exec: member, args: ['cluster', base] })
await exited(cluster.fork())
const bareEnv = { PATH: process.env.PATH, AUTOWRAPT_BOOTSTRAP: process.env.AUTOWRAPT_BOOTSTRAP }
await exited(spawn(process.execPath, [member, 'explicit-env', base], { stdio: 'inherit', env: bareEnv }))
server.close()
console.log('family done')
