// Elastic's ESM loader, registered as its docs say for ESM applications.
import { register } from 'node:module'

register('elastic-apm-node/loader.mjs', import.meta.url)
