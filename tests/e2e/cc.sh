#!/usr/bin/env bash
# cc.sh - asyncc-cc, the compiler driver (docs/driver.md): cc's modes, mixed
# inputs, depfiles, make, ccache, CMake, identification, diagnostics, exit
# statuses and temporary files, with each compiler of E2E_COMPILERS as
# ASYNCC_CC.
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
DRIVER=$(dirname "$ASYNCC")/asyncc-cc
PROJ=$E2E_DIR/cc
FLAGS=${E2E_CFLAGS:-}
WANT='total 55 twice 110 both 16'
# Every temporary file of the driver goes here; it must stay empty.
export TMPDIR=$WORK/tmp
mkdir -p "$TMPDIR"
unset CC CFLAGS CPPFLAGS LDFLAGS MAKEFLAGS ASYNCC_CC

no_temps() { [ -z "$(ls -A "$TMPDIR" | grep asyncc-cc)" ]; }
# runs DIR/PROG and compares its output with WANT
runs() { [ "$("$1")" = "$2" ]; }
# expect_fail OUTFILE CMD...: CMD fails; its stderr goes to OUTFILE
expect_fail() { local f=$1; shift; ! "$@" 2>"$f"; }
# has/lacks PATTERN TEXT: grep in a string
has() { grep -q "$1" <<<"$2"; }
lacks() { ! grep -q "$1" <<<"$2"; }
# quietly CMD...: CMD with its output kept in quiet.log
quietly() { "$@" >quiet.log 2>&1 || { cat quiet.log >&2; return 1; }; }

[ -x "$DRIVER" ] || { echo "no driver at $DRIVER" >&2; exit 1; }

for cc in ${E2E_COMPILERS:-gcc clang}; do
  export ASYNCC_CC=$cc
  D=$WORK/$cc
  mkdir -p "$D" && cp -r "$PROJ" "$D/src" && cd "$D" || exit 1
  S=$D/src

  # --version and the other questions are answered by the compiler itself.
  check "$cc: --version" [ "$("$DRIVER" --version 2>&1)" = "$($cc --version 2>&1)" ]
  check "$cc: -dumpmachine" [ "$("$DRIVER" -dumpmachine)" = "$($cc -dumpmachine)" ]
  check "$cc: -dumpversion" [ "$("$DRIVER" -dumpversion)" = "$($cc -dumpversion)" ]
  check "$cc: -print-prog-name=ld" [ "$("$DRIVER" -print-prog-name=ld)" = "$($cc -print-prog-name=ld)" ]
  check "$cc: --asyncc-version" bash -c "'$DRIVER' --asyncc-version | grep -q '^asyncc '"

  # Compile only, then link only.
  mkdir -p obj
  check "$cc: -c" "$DRIVER" $FLAGS -Wall -Werror -O2 -I"$S/inc" -c "$S/main.c" -o obj/main.o
  check "$cc: -c (2)" "$DRIVER" $FLAGS -Wall -Werror -O2 -I"$S/inc" -c "$S/worker.c" -o obj/worker.o
  check "$cc: -c plain C" "$DRIVER" $FLAGS -Wall -Werror -I"$S/inc" -c "$S/plain.c" -o obj/plain.o
  check "$cc: objects hold the code" bash -c "nm obj/worker.o | grep -q 'T count_to__acnew'"
  check "$cc: link only" "$DRIVER" $FLAGS obj/main.o obj/worker.o obj/plain.o -o prog1
  check "$cc: link only runs" runs ./prog1 "$WANT"

  # Several sources with -c: objects in the current directory, like cc.
  mkdir -p many && (cd many && "$DRIVER" $FLAGS -I"$S/inc" -c "$S/main.c" "$S/worker.c" "$S/plain.c")
  check "$cc: several -c sources" [ -f many/main.o -a -f many/worker.o -a -f many/plain.o ]
  check "$cc: several -c sources link" "$DRIVER" $FLAGS many/main.o many/worker.o many/plain.o -o prog2
  check "$cc: several -c sources run" runs ./prog2 "$WANT"

  # Sources, objects and an archive in one command: compile, then link.
  ar rcs libplain.a obj/plain.o
  check "$cc: mixed sources and objects" "$DRIVER" $FLAGS -I"$S/inc" "$S/main.c" obj/worker.o -L. -lplain -o prog3
  check "$cc: mixed sources and objects run" runs ./prog3 "$WANT"
  check "$cc: async and plain sources" "$DRIVER" $FLAGS -I"$S/inc" "$S/main.c" "$S/plain.c" "$S/worker.c" -o prog4
  check "$cc: async and plain sources run" runs ./prog4 "$WANT"
  if [ "$(uname -m)" = x86_64 ]; then
    # .S goes to the compiler with the preprocessor options (-D).
    check "$cc: C and .S" "$DRIVER" $FLAGS -DASM_VALUE=42 "$S/asm_main.c" "$S/answer.S" -o prog5
    check "$cc: C and .S run" runs ./prog5 'asm 42 ok 1'
    mkdir -p asm && (cd asm && "$DRIVER" $FLAGS -DASM_VALUE=7 -c "$S/asm_main.c" "$S/answer.S")
    check "$cc: -c C and .S" "$DRIVER" $FLAGS asm/asm_main.o asm/answer.o -o prog6
    check "$cc: -c C and .S run" runs ./prog6 'asm 7 ok 1'
  fi

  # -x c, standard input, -S, -E.
  cp "$S/plain.c" plain.txt
  check "$cc: -x c" "$DRIVER" $FLAGS -I"$S/inc" -c -x c plain.txt -x none -o obj/plaintxt.o
  check "$cc: stdin" bash -c "'$DRIVER' $FLAGS -I'$S/inc' -x c -c - -o obj/stdin.o <'$S/worker.c'"
  check "$cc: -S" bash -c "cd asm && '$DRIVER' $FLAGS -I'$S/inc' -S '$S/worker.c' && grep -q 'count_to' worker.s"
  check "$cc: -E" "$DRIVER" -I"$S/inc" -E "$S/main.c" -o main.i
  check "$cc: -E is translated" bash -c "! grep -qw await main.i && grep -q '^# [0-9]* \".*main.c\"' main.i"
  check "$cc: -E is deterministic" bash -c "'$DRIVER' -I'$S/inc' -E '$S/main.c' | cmp -s - main.i"
  check "$cc: .i passes through" "$DRIVER" $FLAGS main.i obj/worker.o obj/plain.o -o prog7
  check "$cc: .i passes through runs" runs ./prog7 "$WANT"

  # A translation error: asyncc's location, status 1, no object (not even
  # an older one), no temporary file.
  touch bad.o
  expect_fail bad.err "$DRIVER" -c "$S/bad.c"
  check "$cc: translation error status" [ "$("$DRIVER" -c "$S/bad.c" 2>/dev/null; echo $?)" = 1 ]
  check "$cc: translation error location" grep -q 'bad\.c:6:[0-9]*: error:' bad.err
  check "$cc: translation error: asyncc's message only" bash -c "[ \$(grep -c error: bad.err) = 1 ] && ! grep -q asyncc-cc bad.err"
  check "$cc: no object after a translation error" [ ! -e bad.o ]
  check "$cc: translation error in a link" expect_fail bad2.err "$DRIVER" "$S/bad.c" "$S/worker.c" -o badprog
  check "$cc: no program after a translation error" [ ! -e badprog ]

  # The compiler's diagnostics in async code name the original file and
  # line; its status is the driver's.
  expect_fail diag.err "$DRIVER" -Wall -c "$S/diag.c" -o diag.o
  check "$cc: compiler warning location" grep -q 'diag\.c:7:[0-9]*: warning:' diag.err
  check "$cc: compiler error location" grep -q 'diag\.c:9:[0-9]*: error:' diag.err
  check "$cc: compiler error: no object" [ ! -e diag.o ]
  check "$cc: failed link status" expect_fail link.err "$DRIVER" obj/main.o -o nolink
  check "$cc: failed link message" grep -q 'count_to' link.err

  # Depfiles: from the translation's preprocessing, naming the object.
  mkdir -p dep
  "$DRIVER" $FLAGS -I"$S/inc" -MD -c "$S/main.c" -o dep/main.o
  # (clang lists a sanitizer's ignore list before the source, as it does
  # without the driver)
  check "$cc: -MD depfile target" grep -q '^dep/main\.o: ' dep/main.d
  check "$cc: -MD depfile source" grep -q 'src/main\.c' dep/main.d
  check "$cc: -MD headers" bash -c "grep -q 'inc/config\.h' dep/main.d && grep -q 'inc/counter\.h' dep/main.d && grep -q 'stdio\.h' dep/main.d"
  check "$cc: -MD names no temporary" bash -c "! grep -q 'asyncc-cc\.' dep/main.d"
  (cd dep && "$DRIVER" $FLAGS -I"$S/inc" -MMD -MP -c "$S/main.c")
  check "$cc: -MMD default name and target" grep -q '^main\.o: ' dep/main.d
  check "$cc: -MMD leaves system headers out" bash -c "! grep -q 'stdio\.h' dep/main.d && grep -q 'counter\.h' dep/main.d"
  check "$cc: -MP phony targets" grep -q '^.*inc/counter\.h:$' dep/main.d
  "$DRIVER" $FLAGS -I"$S/inc" -MD -MF dep/custom.dep -MT custom-target -c "$S/main.c" -o dep/x.o
  check "$cc: -MF -MT" grep -q '^custom-target: ' dep/custom.dep

  # Paths with spaces: source, include directory, object and depfile.
  mkdir -p "sp ace/src dir/inc dir" "sp ace/out dir"
  cp "$S/main.c" "sp ace/src dir/m.c" && cp "$S/inc/"*.h "sp ace/src dir/inc dir/"
  check "$cc: paths with spaces" "$DRIVER" $FLAGS -I"sp ace/src dir/inc dir" -MD -c "sp ace/src dir/m.c" -o "sp ace/out dir/m.o"
  check "$cc: depfile with spaces" grep -qF 'sp\ ace/out\ dir/m.o:' "sp ace/out dir/m.d"
  check "$cc: link with spaces" "$DRIVER" $FLAGS "sp ace/out dir/m.o" obj/worker.o obj/plain.o -o "sp ace/prog"
  check "$cc: run with spaces" runs "./sp ace/prog" "$WANT"

  # make CC=asyncc-cc; a touched header rebuilds what includes it.
  cp -r "$S" mk
  check "$cc: make" make -s -C mk CC="$DRIVER" CFLAGS="$FLAGS -O2" LDFLAGS="$FLAGS"
  check "$cc: make runs" runs mk/prog "$WANT"
  check "$cc: make is up to date" make -q -C mk CC="$DRIVER" CFLAGS="$FLAGS -O2" LDFLAGS="$FLAGS"
  sleep 1; touch mk/inc/config.h
  out=$(make -C mk CC="$DRIVER" CFLAGS="$FLAGS -O2" LDFLAGS="$FLAGS" 2>&1)
  check "$cc: touched header rebuilds main.o" has 'main\.c' "$out"
  check "$cc: touched header rebuilds only main.o" lacks 'worker\.c' "$out"

  # The same with ccache in front: the second build is all cache hits, in
  # direct mode and (-E output deterministic) in preprocessor mode.
  if command -v ccache >/dev/null; then
    export CCACHE_DIR=$WORK/ccache-$cc CCACHE_LOGFILE=$WORK/ccache-$cc.log CCACHE_NOHASHDIR=1
    unset CCACHE_NODIRECT CCACHE_DISABLE CCACHE_READONLY CCACHE_RECACHE
    ccache -z >/dev/null
    make -s -C mk clean
    check "$cc: ccache make" make -s -C mk CC="ccache $DRIVER" CFLAGS="$FLAGS -O2" LDFLAGS="$FLAGS"
    make -s -C mk clean && ccache -z >/dev/null
    check "$cc: ccache rebuild" make -s -C mk CC="ccache $DRIVER" CFLAGS="$FLAGS -O2" LDFLAGS="$FLAGS"
    check "$cc: ccache rebuild runs" runs mk/prog "$WANT"
    stats=$(ccache --print-stats)
    check "$cc: ccache direct hits" has '^direct_cache_hit	3$' "$stats"
    check "$cc: ccache no misses" has '^cache_miss	0$' "$stats"
    check "$cc: ccache restores depfiles" grep -q '^main\.o: ' mk/main.d
    make -s -C mk clean && ccache -z >/dev/null
    CCACHE_NODIRECT=1 make -s -C mk CC="ccache $DRIVER" CFLAGS="$FLAGS -O2" LDFLAGS="$FLAGS"
    check "$cc: ccache preprocessor-mode hits" has '^preprocessed_cache_hit	3$' "$(ccache --print-stats)"
    # With --asyncc-version as the compiler check, another ASYNCC_CC (or
    # another asyncc) misses instead of reusing the first compiler's objects.
    other=gcc; [ "$cc" = gcc ] && other=clang
    if [ -z "$FLAGS" ] && command -v $other >/dev/null; then
      export CCACHE_COMPILERCHECK='%compiler% --asyncc-version'
      ccache -z >/dev/null
      for c in $cc $cc $other; do
        (cd mk && ASYNCC_CC=$c ccache "$DRIVER" -Iinc -c main.c -o check.o)
      done
      stats=$(ccache --print-stats)
      check "$cc: ccache compiler check: hit" has '^direct_cache_hit	1$' "$stats"
      check "$cc: ccache compiler check: miss for $other" has '^cache_miss	2$' "$stats"
      unset CCACHE_COMPILERCHECK
    fi
    unset CCACHE_DIR CCACHE_LOGFILE CCACHE_NOHASHDIR
  else
    fail "$cc: ccache is not installed (scripts/deps.sh)"
  fi

  # CMake with the driver as its C compiler (identification, static
  # library, depfiles through Ninja).
  case $cc in *clang*) id=Clang ;; *) id=GNU ;; esac
  if cmake -S "$S" -B cm -G Ninja -DCMAKE_C_COMPILER="$DRIVER" -DCMAKE_C_FLAGS="$FLAGS" \
      -DCMAKE_BUILD_TYPE=Debug >cm.log 2>&1; then
    pass
    check "$cc: CMake identifies $id" grep -q "CMAKE_C_COMPILER_ID \"$id\"" cm/CMakeFiles/*/CMakeCCompiler.cmake
    check "$cc: CMake build" quietly ninja -C cm
    check "$cc: CMake program runs" runs cm/prog "$WANT"
    touch "$S/inc/config.h"
    out=$(ninja -C cm 2>&1)
    check "$cc: Ninja rebuilds after a header change" has 'main\.c\.o' "$out"
    check "$cc: Ninja rebuilds only main.c.o" lacks 'worker\.c\.o' "$out"
  else
    fail "$cc: cmake configure: $(tail -5 cm.log)"
  fi

  check "$cc: no temporary files left" no_temps
  cd "$WORK" || exit 1
done

# Installed layout (<prefix>/bin, lib, include): the driver links
# <prefix>/lib/libasyncc.a and asyncc finds <prefix>/include.
set -- ${E2E_COMPILERS:-gcc clang}
export ASYNCC_CC=$1
mkdir -p inst/bin inst/lib inst/include
cp "$ASYNCC" "$DRIVER" inst/bin/ && cp "$BUILD_DIR/runtime/libasyncc.a" inst/lib/ &&
  cp "$SRC_DIR/runtime/include/asyncc.h" inst/include/
check "installed: build" inst/bin/asyncc-cc -v $FLAGS -I"$PROJ/inc" "$PROJ/main.c" "$PROJ/worker.c" "$PROJ/plain.c" -o instprog 2>inst.log
check "installed: runs" runs ./instprog "$WANT"
check "installed: links <prefix>/lib/libasyncc.a" grep -q " $WORK/inst/lib/libasyncc.a -lpthread" inst.log
check "installed: <prefix>/include" grep -q -- "-isystem $WORK/inst/bin/../include" inst.log
unset ASYNCC_CC

# A signal while the compiler runs, or while asyncc preprocesses (with a
# depfile): the driver removes its temporary files and dies of the same
# signal; nothing is left beside the object or the depfile either.
signal_test() {
  local what=$1 sleeps_on=$2 d=$WORK/sig-$1
  mkdir -p "$d" && cd "$d" || return
  printf '#!/bin/sh\ncase " $* " in *" %s "*) exec sleep 30 ;; esac\nexec cc "$@"\n' "$sleeps_on" >slowcc
  chmod +x slowcc
  # (output to a file: a grandchild that outlives the driver must not hold
  # the test's pipe)
  ASYNCC_CC=$d/slowcc "$DRIVER" -MD -c "$PROJ/worker.c" -I"$PROJ/inc" -o sig.o >sig.log 2>&1 &
  local pid=$! sleepers="" _
  for _ in $(seq 100); do
    sleepers=$(pgrep -x sleep -P "$(pgrep -d, -P $pid),$pid")
    [ -n "$sleepers" ] && break
    sleep 0.1
  done
  kill -TERM $pid
  wait $pid
  check "signal $what: dies of SIGTERM" [ $? = 143 ]
  # asyncc does not pass the signal on to its preprocessor: end that one
  [ -n "$sleepers" ] && kill $sleepers 2>/dev/null
  rm -f sig.log
  check "signal $what: no temporary files left" no_temps
  check "signal $what: no object, no stray file" [ -z "$(ls -A | grep -v -x -e slowcc -e sig.d)" ]
  cd "$WORK" || exit 1
}
signal_test compile -c
signal_test preprocess -E

# ASYNCC_CC naming the driver itself is refused instead of recursing.
check "ASYNCC_CC=asyncc-cc refused" expect_fail rec.err env ASYNCC_CC="$DRIVER" "$DRIVER" -c "$PROJ/plain.c" -I"$PROJ/inc" -o rec.o
check "ASYNCC_CC=asyncc-cc message" grep -q 'ASYNCC_CC' rec.err
# Default ASYNCC_CC is cc (never $CC).
check "--version without ASYNCC_CC" [ "$(env -u ASYNCC_CC CC=false "$DRIVER" --version 2>&1)" = "$(cc --version 2>&1)" ]
finish
