#!/usr/bin/env bash
# Installs everything Clientele needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Uses sudo only when not already root (CI runs as root, often without sudo).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
# shellcheck disable=SC2046
"${as_root[@]}" apt-get install -y --no-install-recommends $(grep -v '^#' "$here/build-deps.txt")
