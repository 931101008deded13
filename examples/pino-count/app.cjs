// An application that knows nothing about autowrapt: it makes two loggers.
const pino = require('pino')
const dest = pino.destination({ dest: 1, sync: true })
const app = pino({ name: 'app', base: null, timestamp: false }, dest)
const audit = pino.pino({ name: 'audit', base: null, timestamp: false }, dest)
app.info('started')
audit.warn('login')
