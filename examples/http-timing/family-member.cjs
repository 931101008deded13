// One member of the family: makes one request to the parent's server.
const http = require('node:http')
const [kind, base] = process.argv.slice(2)
http.get(`${base}/from-${kind}`, (res) => {
  res.resume()
  res.on('end', () => {
    console.log(`${kind}: ${res.statusCode}`)
    // fork() and cluster children hold an IPC channel open; let them exit.
    if (process.connected) process.disconnect()
  })
})
