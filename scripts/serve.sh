#!/usr/bin/env bash
# Installs what is missing, then builds the atlas and serves it on
# http://127.0.0.1:8080, rebuilding on every change.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# No autoreload: its injected inline script would break the page's CSP.
exec trunk serve --release --no-autoreload "$@"
