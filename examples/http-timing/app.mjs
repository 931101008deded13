// An ESM service that calls itself, with no instrumentation code of its own.
import { createServer, request } from 'node:http'

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end(`esm says ${req.url}`)
})

const post = (url, body) => new Promise((resolve, reject) => {
  const req = request(url, { method: 'POST' }, (res) => {
    let text = ''
    res.setEncoding('utf8')
    res.on('data', (chunk) => { text += chunk })
    res.on('end', () => resolve(`${res.statusCode} ${text}`))
  })
  req.on('error', reject)
  req.end(body)
})

await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`
console.log('http.request:', await post(`${base}/items`, 'x'))
const res = await fetch(`${base}/fetched?q=1`)
console.log('fetch:', res.status, await res.text())
server.close()
