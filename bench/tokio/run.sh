#!/usr/bin/env bash
# The Tokio companion of the `executor` benchmark suite (see bench/README.md, "Companions"):
# builds src/main.rs in release mode, offline, from Debian's crate sources, then runs it.
# Exit status 3 means "cannot run here", with the reason on stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export PATH="$PATH:${HOME:-/root}/.cargo/bin"
if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is not installed, so Tokio cannot be built" >&2
  exit 3
fi
if ! ls -d /usr/share/cargo/registry/tokio-1.24* >/dev/null 2>&1; then
  echo "Tokio's sources are not installed (apt-get install librust-tokio-dev)" >&2
  exit 3
fi
if ! cargo build --release --quiet >&2; then
  echo "cargo build --release of bench/tokio failed" >&2
  exit 1
fi
exec target/release/tokio-executor-bench "$@"
