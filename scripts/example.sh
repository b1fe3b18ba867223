#!/usr/bin/env bash
# example.sh - the main job: build asyncc, translate an async example
# (examples/tasks.c), compile it against the runtime and run it.
set -eu
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
echo "--- translating examples/tasks.c with build/bin/asyncc ---"
build/bin/asyncc examples/tasks.c -o build/tasks.translated.c
cc -Wall -Wextra -Iruntime/include build/tasks.translated.c build/runtime/libasyncc.a -o build/tasks
echo "--- running it ---"
build/tasks
