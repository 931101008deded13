// The fixture application every bundler builds: express, a CommonJS package
// target, a file target, an ESM-only package, a dual package (its ESM file here,
// its CommonJS file through cjs-lib), node:http, and a traced package with one
// function of each tracing kind. It prints what it sees, one fact a line.
import http from 'node:http'
import dc from 'node:diagnostics_channel'
import express from 'express'
import { greet, dualFromCjs } from 'cjs-lib'
import { compute } from 'file-lib'
import { shout } from 'esm-lib'
import { dualName } from 'dual-lib'
import { age } from 'old-lib'
import traced from 'traced-lib'

const events = { syncOp: 0, asyncOp: 0, callbackOp: 0 }
for (const name of Object.keys(events)) {
  dc.tracingChannel(`orchestrion:traced-lib:${name}`).subscribe({
    start() {
      events[name]++
    },
    end() {},
    asyncStart() {},
    asyncEnd() {},
    error() {},
  })
}

// No top-level await: CommonJS output cannot have it.
async function main() {
  console.log(`greet: ${greet('world')}`)
  console.log(`compute: ${compute(2)}`)
  console.log(`shout: ${shout('hey')}`)
  console.log(`dual esm: ${dualName()}`)
  console.log(`dual cjs: ${dualFromCjs()}`)
  console.log(`old: ${age()}`)
  console.log(`http hooked: ${http.autowraptSawHttp === true}`)
  console.log(`sync: ${traced.syncOp(1)}`)
  console.log(`async: ${await traced.asyncOp(2)}`)
  console.log(
    `callback: ${await new Promise((resolve, reject) => traced.callbackOp(5, (e, v) => (e ? reject(e) : resolve(v))))}`,
  )
  console.log(`events: sync=${events.syncOp} async=${events.asyncOp} callback=${events.callbackOp}`)
}

main().then(() => {
  const app = express()
  app.get('/', (req, res) => res.send(`express patched by ${app.locals.patchedBy ?? 'nobody'}`))
  const server = app.listen(0, '127.0.0.1', () => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => {
        console.log(`express: ${body}`)
        server.close()
      })
    })
  })
})
