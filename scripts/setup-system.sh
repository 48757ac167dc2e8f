#!/usr/bin/env bash
# System packages the tests and the browser mode need on a fresh Debian/Ubuntu machine:
# Chromium drives the end-to-end tests (Playwright cannot download its own browser here);
# PostgreSQL and Redis back the multi-instance team-sync tests (the tests start their own
# servers on free loopback ports; the Debian services themselves are not needed running).
# Idempotent: installs only what is missing. Needs root (or sudo).
set -euo pipefail

packages=(chromium fonts-noto-core fonts-noto-cjk postgresql redis-server)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "System packages ready: ${packages[*]}"
