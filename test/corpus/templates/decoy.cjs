'use strict'
// A package nothing else imports: the untargeted runs hook this one instead of
// the corpus package, which proves autowrapt was active while leaving it alone.
exports.ping = function ping() {
  return 'pong'
}
