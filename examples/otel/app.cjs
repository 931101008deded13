'use strict'
// An ordinary application: it knows nothing about autowrapt or OpenTelemetry.
const http = require('node:http')
const YAML = require('yaml')
const axios = require('axios')
const tmp = require('tmp')

const config = YAML.parse('service: billing\nport: 0\nretries: 3\n')
console.log('config:', JSON.stringify(config))

const server = http.createServer((req, res) => res.end(JSON.stringify({ path: req.url })))
server.listen(0, '127.0.0.1', async () => {
  const { data } = await axios.get(`http://127.0.0.1:${server.address().port}/invoices`)
  console.log('response:', JSON.stringify(data))
  server.close()
  tmp.file({ prefix: 'otel-example-' }, (err, path, fd, cleanup) => {
    if (err) throw err
    console.log('temporary file created:', path.includes('otel-example-'))
    cleanup()
  })
})
