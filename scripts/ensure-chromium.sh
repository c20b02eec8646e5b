#!/usr/bin/env bash
# The browser suites (runtime smoke, process-test reports) drive Debian's headless Chromium. A fresh machine has
# only Node and npm, so install the distribution's package when it is missing; browser downloads do not work here.
set -euo pipefail
if [ -x "${SMOKE_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "chromium present: $("${SMOKE_CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null || echo unknown version)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium missing and no apt-get: install Chromium and set SMOKE_CHROMIUM to its path" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
