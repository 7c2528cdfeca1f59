#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test the atlas,
# at pinned versions, then puts the tools on PATH. Safe to run again: each
# step checks first. Sourced by scripts/serve.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '== setup: %s\n' "$*"; }
has() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The Rust toolchain, its components and the wasm32 target are pinned in
# rust-toolchain.toml, and rustup installs what that file names the first
# time a tool runs here. Where rustup's automatic install is off
# (RUSTUP_AUTO_INSTALL=0), `rustup toolchain install` with no name installs
# the file's toolchain (rustup 1.28 and later; older ones do it on `rustup
# show`). A toolchain of that name installed before, without a component or
# the target, gets them from the same file.
toolchain_list() {  # toolchain_list components|targets: the file's list, one a line
  sed -n "s/^$1 *= *\[\(.*\)\]/\1/p" rust-toolchain.toml | tr -d '" ' | tr ',' '\n' | sed '/^$/d'
}
if ! RUSTUP_AUTO_INSTALL=0 rustc --version >/dev/null 2>&1; then
  say "installing the Rust toolchain pinned in rust-toolchain.toml"
  rustup toolchain install --no-self-update || rustup show active-toolchain
fi
rustc --version >/dev/null || { echo "setup: the toolchain in rust-toolchain.toml is not usable" >&2; exit 1; }
for component in $(toolchain_list components); do
  if ! rustup component list --installed | grep "^$component\(-\|$\)" >/dev/null; then
    say "adding the $component component named in rust-toolchain.toml"
    rustup component add "$component"
  fi
done
for target in $(toolchain_list targets); do
  if ! rustup target list --installed | grep -x "$target" >/dev/null; then
    say "adding the $target target named in rust-toolchain.toml"
    rustup target add "$target"
  fi
done
if ! has trunk || ! trunk --version | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
# wasm-bindgen-cli must match the wasm-bindgen crate exactly. Its one source
# is the `=` pin in Cargo.toml, as resolved in Cargo.lock, where Trunk reads
# it too (Trunk.toml names no version, so Trunk takes Cargo.lock's and,
# being offline, refuses a mismatched CLI rather than fetching one).
WASM_BINDGEN_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)"
if ! [[ "$WASM_BINDGEN_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "setup: no wasm-bindgen version found in Cargo.lock (found '$WASM_BINDGEN_VERSION')" >&2
  exit 1
fi
if ! has wasm-bindgen || ! wasm-bindgen --version | grep -qw "$WASM_BINDGEN_VERSION"; then
  # Without --locked: the registry lacks one of the CLI's locked dependencies.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
# Not `grep -q` after a long listing: it stops reading at the first match,
# the listing dies of SIGPIPE, and pipefail takes the check for a miss.
if ! has chromium || ! has chromedriver || ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then
  say "installing Debian's chromium, chromedriver and CJK fonts"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi
# The fuzzers need a nightly toolchain and cargo-fuzz. Without nightly (it
# cannot be downloaded on every machine) the test command says so and skips
# only the fuzzing.
if rustup toolchain list | grep '^nightly' >/dev/null && ! has cargo-fuzz; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the pinned npm tools (world-atlas, binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
