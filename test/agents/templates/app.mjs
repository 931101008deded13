// The application under test (ESM): an express 5 service that calls
// itself three times over node:http and prints what it got. It knows nothing
// about autowrapt or any agent; its stdout must be the same in every run.
import http from 'node:http'
import express from 'express'

const app = express()
app.use(express.json())
app.get('/hello', (req, res) => { res.send('hello') })
app.get('/users/:id', (req, res) => { res.json({ id: req.params.id }) })

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => { body += chunk })
      res.on('end', () => resolve(`${res.statusCode} ${path} ${body}`))
    }).on('error', reject)
  })
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address()
  for (const path of ['/hello', '/users/1', '/users/2']) console.log(await get(port, path))
  server.close()
})
