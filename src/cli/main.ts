#!/usr/bin/env node
// Entry of the `autowrapt` command: runs the CLI and nothing else (see cli.ts).
import { cli } from './cli.js'

void cli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
