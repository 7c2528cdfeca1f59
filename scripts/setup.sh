#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test the atlas,
# at pinned versions, then puts the tools on PATH. Safe to run again: each
# step checks first. Sourced by scripts/serve.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '== setup: %s\n' "$*"; }
has() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! has cargo-clippy || ! has rustfmt; then
  say "adding clippy and rustfmt"
  rustup component add clippy rustfmt
fi
if ! has trunk || ! trunk --version | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! has wasm-bindgen || ! wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION"; then
  # Without --locked: the registry lacks one of the CLI's locked dependencies.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! has chromium || ! has chromedriver || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  say "installing Debian's chromium, chromedriver and CJK fonts"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi
# The fuzzers need a nightly toolchain and cargo-fuzz. Without nightly (it
# cannot be downloaded on every machine) the test command says so and skips
# only the fuzzing.
if rustup toolchain list | grep -q '^nightly' && ! has cargo-fuzz; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the pinned npm tools (world-atlas, binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
