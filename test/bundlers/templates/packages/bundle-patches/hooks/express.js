'use strict'
// Returns a replacement: the application's express() gets a marked app.
module.exports = (express) => {
  const patched = function (...args) {
    const app = express(...args)
    app.locals.patchedBy = 'bundle-patches'
    return app
  }
  Object.assign(patched, express)
  return patched
}
