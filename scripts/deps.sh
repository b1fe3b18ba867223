#!/usr/bin/env bash
# deps.sh - installs the Debian packages asyncc needs to build and test.
# As root it runs apt-get; otherwise it prints the command to run.
set -eu
packages=(cmake ninja-build gcc clang flex bison pkg-config libcmocka-dev csmith libcsmith-dev libuv1-dev gdb ccache make groff-base wrk valgrind)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "asyncc needs: ${missing[*]}" >&2
  echo "run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
