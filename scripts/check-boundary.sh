#!/usr/bin/env bash
# The browser links no build-time code: neither the app (frontier-atlas)
# nor the core it links (atlas-core) may depend, directly, on the crates
# that read, check, compile or pack the record. Dev-dependencies (the
# tests') are allowed. Fails naming the offending edge.
#
# serde_json is in the WebAssembly's tree only through yew's own gloo
# (yew enables gloo's default features); the check allows that path and
# no other.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

forbidden='^(atlas-build|serde_json|sha2|geojson|geo|geo-types) '
status=0
for package in frontier-atlas atlas-core; do
  direct=$(cargo tree -q -p "$package" --target wasm32-unknown-unknown -e normal --depth 1 --prefix none | tail -n +2)
  if bad=$(grep -E "$forbidden" <<<"$direct"); then
    echo "check-boundary: $package depends on build-time crate(s): $bad" >&2
    status=1
  fi
done
# Anywhere in the browser's tree, only serde_json may appear (via gloo).
tree=$(cargo tree -q -p frontier-atlas --target wasm32-unknown-unknown -e normal --prefix none)
if bad=$(grep -E '^(atlas-build|sha2|geojson|geo|geo-types) ' <<<"$tree" | sort -u); then
  echo "check-boundary: the browser's dependency tree holds build-time crate(s): $bad" >&2
  status=1
fi
if grep -qE '^serde_json ' <<<"$tree"; then
  via=$(cargo tree -q -p frontier-atlas --target wasm32-unknown-unknown -e normal -i serde_json --depth 1 --prefix none | tail -n +2 | sort -u)
  if bad=$(grep -vE '^gloo-' <<<"$via"); then
    echo "check-boundary: serde_json reaches the browser other than through gloo: $bad" >&2
    status=1
  fi
fi
[ "$status" = 0 ] && echo "check-boundary: the browser links none of atlas-build, serde_json (but yew's gloo), sha2, geojson, geo"
exit "$status"
