#!/usr/bin/env bash
# install.sh - cmake --install of this build tree into a temporary prefix,
# then projects outside the tree (tests/e2e/install/) build against it and
# run the same async program (two async sources, headers, a -D):
#  1. CMake + Ninja: find_package(asyncc CONFIG), asyncc_target_sources();
#  2. the same with Unix Makefiles;
#  3. make with CC=<prefix>/bin/asyncc-cc;
#  4. make with <prefix>/bin/asyncc and $(pkg-config --cflags --libs asyncc):
#     that links libasyncc.so, so the program runs with LD_LIBRARY_PATH set
#     to <prefix>/lib for that command only;
#  5. CMake with asyncc::runtime_shared: libasyncc.so found through the
#     RUNPATH CMake writes, run with LD_LIBRARY_PATH unset;
#  6. Ninja incremental builds: a touched header re-translates and
#     recompiles exactly the sources that include it; nothing touched,
#     nothing to do;
#  7. the man pages, rendered by groff (and man -l).
# In a sanitizer build the installed runtime is instrumented: every program
# is built by the same compiler with E2E_CFLAGS, as in the other scripts.
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
FLAGS=${E2E_CFLAGS:-}
set -- ${E2E_COMPILERS:-gcc clang}
CC1=$(command -v "$1")
WANT='demo total 55 both 16'
P=$WORK/prefix
unset CC CFLAGS CPPFLAGS LDFLAGS MAKEFLAGS ASYNCC_CC ASYNCC_CPP PKG_CONFIG_PATH \
  LD_LIBRARY_PATH CMAKE_PREFIX_PATH CMAKE_GENERATOR CMAKE_BUILD_TYPE asyncc_DIR

# runs PROG...: it prints WANT
runs() { [ "$("$@")" = "$WANT" ]; }
# quietly LOG CMD...: CMD with its output in LOG, shown on failure
quietly() { local log=$1; shift; "$@" >"$log" 2>&1 || { tail -20 "$log" >&2; return 1; }; }
has() { grep -q -- "$1" <<<"$2"; }
lacks() { ! grep -q -- "$1" <<<"$2"; }
# edges OUT: the edge descriptions of ninja's output, one a line
edges() { sed -n 's/^\[[0-9]*\/[0-9]*\] //p' <<<"$1"; }

if ! quietly install.log cmake --install "$BUILD_DIR" --prefix "$P"; then
  fail "cmake --install"
  finish
  exit 1
fi
pass

# The layout.
for f in bin/asyncc bin/asyncc-cc lib/libasyncc.a lib/libasyncc.so include/asyncc.h \
    share/man/man1/asyncc.1 share/man/man1/asyncc-cc.1 lib/pkgconfig/asyncc.pc \
    lib/cmake/asyncc/asyncc-config.cmake lib/cmake/asyncc/asyncc-config-version.cmake \
    lib/cmake/asyncc/asyncc-targets.cmake lib/cmake/asyncc/AsynccTranslate.cmake; do
  check "installed $f" [ -e "$P/$f" ]
done
check "commands are executable" [ -x "$P/bin/asyncc" -a -x "$P/bin/asyncc-cc" ]
soname=$(readelf -d "$P/lib/libasyncc.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
check "SONAME with the major version ($soname)" [ "$soname" = libasyncc.so.0 -a -e "$P/lib/$soname" ]
check "libasyncc.so is position-independent" bash -c "! readelf -d '$P/lib/libasyncc.so' | grep -q TEXTREL"
# Nothing installed names the build or the source tree (the prefix is the
# one given to cmake --install, not the configured one).
check "installed cmake/pc files do not name the trees" \
  bash -c "! grep -rlF -e '$BUILD_DIR' -e '$SRC_DIR' '$P/lib/cmake' '$P/lib/pkgconfig'"
check "asyncc.pc names the install prefix" grep -qx "prefix=$P" "$P/lib/pkgconfig/asyncc.pc"
check "installed asyncc --version" bash -c "'$P/bin/asyncc' --version | grep -q '^asyncc '"
# The installed asyncc finds <prefix>/include/asyncc.h, not the source tree's.
"$P/bin/asyncc" -MD -MF hdr.d -I"$E2E_DIR/install/src/inc" "$E2E_DIR/install/src/worker.c" -o hdr.out.c
check "installed asyncc uses <prefix>/include/asyncc.h" grep -qE "$P/(bin/\.\./)?include/asyncc\.h" hdr.d
check "installed asyncc does not use the source tree's header" bash -c "! grep -qF '$SRC_DIR/runtime/include' hdr.d"

cp -r "$E2E_DIR/install" cons
S=$WORK/cons/src
CMAKE_ARGS=(-DCMAKE_PREFIX_PATH="$P" -DCMAKE_C_COMPILER="$CC1" -DCMAKE_C_FLAGS="$FLAGS"
  -DCMAKE_BUILD_TYPE=Debug)

# 1. CMake + Ninja.
if quietly nj.log cmake -S cons/cmake -B nj -G Ninja "${CMAKE_ARGS[@]}"; then
  pass
  check "ninja: the installed package" grep -qx "asyncc_DIR:PATH=$P/lib/cmake/asyncc" nj/CMakeCache.txt
  check "ninja: build" quietly nj-build.log ninja -C nj
  check "ninja: runs" runs nj/demo
  cmds=$(ninja -C nj -t commands demo)
  check "ninja: translated by <prefix>/bin/asyncc" has "&& $P/bin/asyncc \"--cpp=$CC1 -E\" " "$cmds"
  check "ninja: asyncc gets the include directories and definitions" \
    has "bin/asyncc \"--cpp=[^\"]*\" -I$S/inc .*-DDEMO_LIMIT=10 .*src/main\.c " "$cmds"
  check "ninja: translation compiled as preprocessed C" has " -xcpp-output .*asyncc/demo/__/src/main\.c\$" "$cmds"
  check "ninja: links libasyncc.a" has "$P/lib/libasyncc\.a" "$cmds"

  # 6. Incremental builds.
  out=$(ninja -C nj -n -d explain 2>&1)
  check "ninja: a full build leaves nothing to do" has '^ninja: no work to do\.$' "$out"
  check "ninja: nothing is dirty" lacks 'is dirty' "$out"
  sleep 1
  touch "$S/inc/config.h" # main.c only
  e=$(edges "$(ninja -C nj -n)")
  check "ninja: config.h: 3 edges ($(echo $e))" [ "$(wc -l <<<"$e")" = 3 ]
  check "ninja: config.h re-translates main.c" has '^asyncc __/src/main\.c$' "$e"
  check "ninja: config.h recompiles main's translation" has '^Building C object .*asyncc/demo/__/src/main\.c\.o$' "$e"
  check "ninja: config.h relinks" has '^Linking C executable demo$' "$e"
  check "ninja: config.h leaves worker.c alone" lacks 'worker' "$e"
  check "ninja: rebuild after config.h" quietly nj-build.log ninja -C nj
  check "ninja: runs after config.h" runs nj/demo
  check "ninja: then nothing to do" has '^ninja: no work to do\.$' "$(ninja -C nj -n -d explain 2>&1)"
  sleep 1
  touch "$S/inc/worker.h" # both
  e=$(edges "$(ninja -C nj -n)")
  check "ninja: worker.h: 5 edges ($(echo $e))" [ "$(wc -l <<<"$e")" = 5 ]
  check "ninja: worker.h re-translates both" bash -c "grep -qx 'asyncc __/src/main\.c' <<<'$e' && grep -qx 'asyncc __/src/worker\.c' <<<'$e'"
  check "ninja: worker.h recompiles both" [ "$(grep -c '^Building C object .*asyncc/demo/__/src/\(main\|worker\)\.c\.o$' <<<"$e")" = 2 ]
  check "ninja: rebuild after worker.h" quietly nj-build.log ninja -C nj
  check "ninja: after worker.h, nothing to do" has '^ninja: no work to do\.$' "$(ninja -C nj -n -d explain 2>&1)"
  check "ninja: nothing touched, nothing built" has '^ninja: no work to do\.$' "$(ninja -C nj 2>&1)"
else
  fail "ninja: cmake configure"
fi

# 2. CMake + Unix Makefiles.
if quietly mk.log cmake -S cons/cmake -B mk -G "Unix Makefiles" "${CMAKE_ARGS[@]}"; then
  pass
  check "makefiles: build" quietly mk-build.log make -C mk
  check "makefiles: runs" runs mk/demo
  sleep 1
  touch "$S/inc/config.h"
  out=$(make -C mk 2>&1)
  check "makefiles: config.h re-translates main.c" has 'asyncc __/src/main\.c' "$out"
  check "makefiles: config.h leaves worker.c alone" lacks 'worker' "$out"
  check "makefiles: runs after config.h" runs mk/demo
  out=$(make -C mk 2>&1)
  check "makefiles: nothing touched, nothing built" bash -c "! grep -q -e 'asyncc __' -e 'Building' -e 'Linking' <<<'$out'"
else
  fail "makefiles: cmake configure"
fi

# 3. make with CC=asyncc-cc.
export ASYNCC_CC=$CC1
"$P/bin/asyncc-cc" --asyncc-version >mkcc-version.log 2>&1
check "asyncc-cc: the installed asyncc" grep -q "^$P/bin/asyncc: " mkcc-version.log
check "asyncc-cc: make" quietly mkcc.log make -C cons/make CC="$P/bin/asyncc-cc" CFLAGS="$FLAGS" LDFLAGS="$FLAGS"
check "asyncc-cc: runs" runs cons/make/demo
check "asyncc-cc: make is up to date" make -q -C cons/make CC="$P/bin/asyncc-cc" CFLAGS="$FLAGS" LDFLAGS="$FLAGS"
"$P/bin/asyncc-cc" -v $FLAGS cons/make/main.o cons/make/worker.o -o demo-v >mkcc-v.log 2>&1
check "asyncc-cc: links <prefix>/lib/libasyncc.a" grep -qF "$P/lib/libasyncc.a -lpthread" mkcc-v.log
unset ASYNCC_CC

# 4. pkg-config, libasyncc.so with LD_LIBRARY_PATH given explicitly.
export PKG_CONFIG_PATH=$P/lib/pkgconfig
check "pkg-config: --modversion" [ "$(pkg-config --modversion asyncc)" = 0.1.0 ]
# (echo: pkgconf ends its output with a blank)
check "pkg-config: --cflags" [ "$(echo $(pkg-config --cflags asyncc))" = "-I$P/include" ]
check "pkg-config: --libs" [ "$(echo $(pkg-config --libs asyncc))" = "-L$P/lib -lasyncc" ]
check "pkg-config: --static --libs" has '-lpthread' "$(pkg-config --static --libs asyncc)"
check "pkg-config: the translator" [ "$(pkg-config --variable=asyncc asyncc)" = "$P/bin/asyncc" ]
check "pkg-config: make" quietly pc.log make -C cons/pkgconfig CC="$CC1" CFLAGS="$FLAGS"
check "pkg-config: links libasyncc.so.0" bash -c "readelf -d cons/pkgconfig/demo | grep -q 'NEEDED.*\[libasyncc\.so\.0\]'"
check "pkg-config: runs with LD_LIBRARY_PATH=<prefix>/lib" runs env LD_LIBRARY_PATH="$P/lib" cons/pkgconfig/demo
unset PKG_CONFIG_PATH

# 5. CMake with asyncc::runtime_shared: RUNPATH, no LD_LIBRARY_PATH.
if quietly sh.log cmake -S cons/cmake -B sh -G Ninja -DUSE_SHARED=ON "${CMAKE_ARGS[@]}"; then
  pass
  check "shared: build" quietly sh-build.log ninja -C sh
  dyn=$(readelf -d sh/demo)
  check "shared: links libasyncc.so.0" has 'NEEDED.*\[libasyncc\.so\.0\]' "$dyn"
  check "shared: RUNPATH has <prefix>/lib" has "R.*PATH.*\[.*$P/lib" "$dyn"
  check "shared: runs without LD_LIBRARY_PATH" runs env -u LD_LIBRARY_PATH sh/demo
else
  fail "shared: cmake configure"
fi

# 7. The man pages.
version=$("$P/bin/asyncc" --version)
for page in asyncc asyncc-cc; do
  f=$P/share/man/man1/$page.1
  check "man $page: of $version" grep -q "^\.TH .* \"$version\" " "$f"
  if command -v groff >/dev/null; then
    groff -man -Tascii -P-cbou -ww "$f" >"$page.txt" 2>"$page.warn"
    check "man $page: groff renders it" grep -q "^NAME" "$page.txt"
    check "man $page: no groff warnings" [ ! -s "$page.warn" ]
    check "man $page: its name line" grep -qE "^ *$page +- " "$page.txt"
  fi
  if command -v man >/dev/null && command -v nroff >/dev/null; then
    check "man $page: man -l" bash -c "MANWIDTH=80 man -l '$f' 2>/dev/null | grep -q SYNOPSIS"
    check "man $page: man -M <prefix>/share/man" bash -c "MANWIDTH=80 man -M '$P/share/man' $page 2>/dev/null | grep -q SYNOPSIS"
  fi
done
if ! command -v groff >/dev/null && ! command -v man >/dev/null; then
  echo "note: neither groff nor man is installed (scripts/deps.sh: groff-base); man pages not rendered"
fi
finish
