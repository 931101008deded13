// The same application as ESM: axios is then its ESM build (lib/core/Axios.js).
import http from 'node:http'
import YAML from 'yaml'
import axios from 'axios'
import tmp from 'tmp'

const config = YAML.parse('service: billing\nport: 0\nretries: 3\n')
console.log('config:', JSON.stringify(config))

const server = http.createServer((req, res) => res.end(JSON.stringify({ path: req.url })))
server.listen(0, '127.0.0.1', async () => {
  const { data } = await axios.get(`http://127.0.0.1:${server.address().port}/invoices`)
  console.log('response:', JSON.stringify(data))
  server.close()
  tmp.file({ prefix: 'tracing-example-' }, (err, path, fd, cleanup) => {
    if (err) throw err
    console.log('temporary file created:', path.includes('tracing-example-'))
    cleanup()
  })
})
