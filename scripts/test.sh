#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of the atlas:
# formatting, lints (native and wasm32), native unit tests, the data
# validator, the reproducibility of geo/data, component tests in headless
# Chromium, the release build, and the end-to-end tests against it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n== test: %s\n' "$*"; }

step "formatting"
cargo fmt --all --check
step "lints (native)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "lints (wasm32)"
cargo clippy -p frontier-atlas --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "native unit tests"
cargo test --workspace --quiet
step "data validator"
cargo run --quiet -p atlas-core --bin atlas-check
step "geo/data regenerates byte for byte"
cargo run --quiet --release -p geo-build -- --check
step "component tests in headless Chromium"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" cargo test -p frontier-atlas --target wasm32-unknown-unknown
step "release build"
trunk build --release
step "end-to-end tests against dist/"
node --test --test-concurrency=1 tests/e2e/
