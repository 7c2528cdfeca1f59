#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of the atlas:
# formatting, lints (native and wasm32), native unit tests, the data
# validator, the reproducibility of geo/data, component tests in headless
# Chromium, the release build and its size budget, and the end-to-end tests
# against it.
#
# `bash scripts/test.sh --long` fuzzes for longer (FUZZ_SECONDS, default
# 300 per target instead of 20).
set -euo pipefail
LONG=0
for arg in "$@"; do [ "$arg" = "--long" ] && LONG=1; done
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n== test: %s\n' "$*"; }

step "formatting"
cargo fmt --all --check
step "lints (native)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "lints (wasm32)"
cargo clippy -p frontier-atlas --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "the browser links no build-time code"
bash scripts/check-boundary.sh
step "native unit tests"
cargo test --workspace --quiet
step "data validator"
cargo run --quiet -p atlas-build --bin atlas-check
step "geo/data regenerates byte for byte"
cargo run --quiet --release -p geo-build -- --check
step "fuzzing the URL parser and the data loader (bounded)"
if has cargo-fuzz && rustup toolchain list | grep '^nightly' >/dev/null; then
  seconds="${FUZZ_SECONDS:-$([ "$LONG" = 1 ] && echo 300 || echo 20)}"
  for target in hash_parser data_loader; do
    # The corpus lives outside the repository, so runs never dirty the tree.
    # An absolute path, so that a CARGO_TARGET_DIR given either way works.
    corpus="$(realpath -m "${CARGO_TARGET_DIR:-target}")/fuzz-corpus/$target"
    mkdir -p "$corpus"
    (cd fuzz && cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -max_len=4096 2>&1 | tail -n 20)
  done
else
  echo "skipped: no nightly toolchain or cargo-fuzz on this machine"
fi
step "component tests in headless Chromium"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" cargo test -p frontier-atlas --target wasm32-unknown-unknown
step "release build"
trunk build --release
step "shipped size within its budget (330 KB gzip)"
node scripts/check-size.mjs
step "end-to-end tests against dist/"
node --test --test-concurrency=1 tests/e2e/
