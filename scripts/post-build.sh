#!/usr/bin/env bash
# Trunk's one post-build hook (see Trunk.toml): finishes the staged site in
# $TRUNK_STAGING_DIR before Trunk moves it to dist/. The steps run in this
# order, and the first that fails stops the script and fails the build:
#
#   1. harden: move Trunk's inline loader into a file of its own
#      (scripts/harden-build.mjs), so that the page's Content-Security-Policy
#      can forbid inline script;
#   2. ship the data: validate the staged copy of geo/data in full, pack it
#      with its outlines projected into data/atlas.bin in place of the files
#      it came from, and record the bundle's SHA-256 in data/manifest.sha256
#      (`atlas-check --ship`), which the tests compare with a fresh pack.
set -euo pipefail

# The crate that builds the atlas-check validator.
CHECK_PACKAGE=atlas-build

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${TRUNK_STAGING_DIR:-}" ] || [ ! -d "$TRUNK_STAGING_DIR" ]; then
  echo "post-build: TRUNK_STAGING_DIR is not set to a folder; run me as Trunk's post_build hook" >&2
  exit 1
fi

step() { printf 'post-build: %s\n' "$*"; }

step "1/2 moving the inline loader into a file"
node scripts/harden-build.mjs

step "2/2 validating and packing the staged data into data/atlas.bin"
cargo run --quiet -p "$CHECK_PACKAGE" --bin atlas-check -- --ship "$TRUNK_STAGING_DIR/data"
