// A CommonJS service that calls itself, with no instrumentation code of its own.
const http = require('node:http')

const server = http.createServer((req, res) => {
  res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' })
  res.end(`cjs says ${req.url}`)
})

function get (url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => { body += chunk })
      res.on('end', () => resolve(`${res.statusCode} ${body}`))
    }).on('error', reject)
  })
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`
  console.log('http.get:', await get(`${base}/hello`))
  console.log('http.get:', await get(`${base}/missing`))
  const res = await fetch(`${base}/fetched`)
  console.log('fetch:', res.status, await res.text())
  server.close()
})
