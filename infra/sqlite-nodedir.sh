#!/bin/sh
# Prints a node-gyp `nodedir` for compiling better-sqlite3 for Node 24: the headers of Node
# 24.18.0, taken from the npm registry's `node` package and installed under DIR.
#
# Why: from Node 24.19.0 on, the inline `node::ObjectWrap` in the headers registers an
# environment cleanup hook that the 24.x runtime cannot remove when a statement is garbage
# collected, and the process aborts ("Assertion failed: (env) != nullptr",
# nodejs/node#65446, open on 2026-12-04). better-sqlite3 12 is built on ObjectWrap. Headers
# of 24.18.0 carry the same ABI (NODE_MODULE_VERSION 137) without that hook, so the module
# runs on every 24.x. Used by .ci/run and the Dockerfile; drop it when Node 24 is fixed or
# when better-sqlite3 13 (Node-API, Node >= 22.14) replaces 12.
#
# Usage: NODEDIR=$(infra/sqlite-nodedir.sh DIR)
set -eu
HEADERS_VERSION=24.18.0
dir=$1
mkdir -p "$dir"
printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$dir/package.json"
npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
  "node@$HEADERS_VERSION" >&2
header=$(find "$dir/node_modules" -path '*/include/node/node_version.h' -print -quit)
if [ -z "$header" ]; then
  echo "no Node headers in node@$HEADERS_VERSION" >&2
  exit 1
fi
echo "${header%/include/node/node_version.h}"
