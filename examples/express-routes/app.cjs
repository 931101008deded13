// An Express 5 application with no instrumentation code of its own.
const express = require('express')

const app = express()
app.get('/users/:id', (req, res) => res.json({ id: req.params.id }))
app.post('/users', express.json(), (req, res) => res.status(201).json({ created: req.body.name }))
app.get('/health', (req, res) => res.send('ok'))

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`
  for (const [method, path, body] of [['GET', '/users/42'], ['GET', '/users/7'], ['POST', '/users', { name: 'ada' }], ['GET', '/health'], ['GET', '/nope']]) {
    const res = await fetch(base + path, { method, body: body && JSON.stringify(body), headers: body && { 'content-type': 'application/json' } })
    console.log(method, path, res.status, (await res.text()).slice(0, 40).replace(/\s+/g, ' '))
  }
  server.close()
})
