#!/usr/bin/env bash
# Installs what is missing, builds the release, and runs the performance
# benchmark against the d3 peer (tests/bench/). Reports timings; asserts none.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release
node tests/bench/run.mjs
