#!/usr/bin/env bash
# example.sh - the main job: build asyncc, translate an example, run it.
set -eu
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
echo "--- translating examples/hello.c with build/bin/asyncc ---"
build/bin/asyncc examples/hello.c -o build/hello.translated.c
cc -Wall -Wextra build/hello.translated.c -o build/hello
echo "--- running it ---"
build/hello "${1:-hello from asyncc}"
