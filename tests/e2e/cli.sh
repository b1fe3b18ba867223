#!/usr/bin/env bash
# cli.sh - the asyncc command line (SPEC section 2): options, exit codes,
# standard streams, depfiles, atomic output, line markers.
. "$(dirname "$0")/lib.sh"

expect_status() { # expect_status N cmd... : the command exits with N
  local want=$1; shift
  "$@" >stdout.txt 2>stderr.txt
  local got=$?
  [ "$got" -eq "$want" ] || { echo "exit $got, wanted $want: $*" >&2; cat stderr.txt >&2; return 1; }
}
no_temps() { ! ls ./*.tmp.* >/dev/null 2>&1; }

cat >hello.c <<'C'
#include <stdio.h>
int main(void) { printf("hello %d\n", ANSWER + 0); return 0; }
C

check '--help exits 0 and prints usage' expect_status 0 "$ASYNCC" --help
check '--help mentions -MD' grep -q -- '-MD' stdout.txt
check '--version exits 0' expect_status 0 "$ASYNCC" --version
check '--version names asyncc' grep -q '^asyncc [0-9]' stdout.txt
check 'no input is a usage error' expect_status 2 "$ASYNCC"
check 'two inputs is a usage error' expect_status 2 "$ASYNCC" hello.c hello.c -o x.c
check 'unknown long option is a usage error' expect_status 2 "$ASYNCC" --frobnicate hello.c
check 'missing argument to -o' expect_status 2 "$ASYNCC" hello.c -o
check 'usage errors name the problem' grep -q 'missing argument to -o' stderr.txt

check 'translate to a file' expect_status 0 "$ASYNCC" -DANSWER=42 hello.c -o out.c
check 'translated program runs' bash -c 'cc out.c -o hello && [ "$(./hello)" = "hello 42" ]'
check 'no temporary left' no_temps

check 'stdin to stdout' bash -c "printf 'int x = VAL;\n' | '$ASYNCC' -DVAL=7 - -o - | grep -q 'int x = 7;'"
check 'stdout is the default output' bash -c "'$ASYNCC' -DANSWER=1 hello.c | grep -q 'printf'"

mkdir -p inc
echo '#define FROM_HEADER 5' >inc/h.h
printf '#include "h.h"\n#ifdef GONE\n#error GONE is defined\n#endif\nint v = FROM_HEADER + PRE;\n' >opts.c
echo '#define PRE 1' >pre.h
check '-I, -U and -include reach the preprocessor' \
  bash -c "'$ASYNCC' -I inc -DGONE -UGONE -include pre.h opts.c -o - | grep -q 'int v = 5 + 1;'"
check '-Idir joined form' bash -c "'$ASYNCC' -Iinc -include pre.h opts.c -o - | grep -q 'int v = 5 + 1;'"
check '__ASYNCC__ is defined' \
  bash -c "printf '#ifndef __ASYNCC__\n#error no\n#endif\nint ok;\n' | '$ASYNCC' - -o - | grep -q 'int ok;'"
check '<asyncc.h> is found without flags' \
  bash -c "printf '#include <asyncc.h>\nint main(void) { return ASYNCC_VERSION_MAJOR + 3; }\n' | '$ASYNCC' - -o ver.c && cc ver.c -o ver; ./ver; [ \$? = 3 ]"
check '$CC is not used for preprocessing' bash -c "CC=false '$ASYNCC' -DANSWER=1 hello.c -o cc.c"
check 'ASYNCC_CPP selects the preprocessor' \
  bash -c "ASYNCC_CPP='clang -E' '$ASYNCC' -DANSWER=1 hello.c -o - | grep -q 'clang\\|printf'"
check 'a missing preprocessor is an error' expect_status 1 env ASYNCC_CPP=/nonexistent/cpp "$ASYNCC" hello.c -o x.c
check 'and says which command' grep -q "cannot run the preprocessor '/nonexistent/cpp'" stderr.txt

# Failure leaves nothing behind, not even an older output.
echo 'old' >out.c
printf 'int main(void) { return 0 }\n' >bad.c
check 'syntax error exits 1' expect_status 1 "$ASYNCC" bad.c -o out.c
check 'error names file:line:col' grep -q '^bad.c:1:27: error: ' stderr.txt
check 'older output removed on failure' test ! -e out.c
check 'no temporary left after failure' no_temps
echo 'old' >out.c
printf '#include "missing.h"\n' >cpperr.c
check 'preprocessor error exits 1' expect_status 1 "$ASYNCC" cpperr.c -o out.c
check 'preprocessor message shown as printed' grep -q 'missing.h' stderr.txt
check 'no output after preprocessor error' test ! -e out.c
check 'nothing on stdout after failure' bash -c "! '$ASYNCC' bad.c -o - 2>/dev/null | grep -q ."
check 'input equal to output is refused' expect_status 2 "$ASYNCC" hello.c -o ./hello.c
check 'input untouched' grep -q 'hello %d' hello.c
check 'unwritable output is an error' expect_status 1 "$ASYNCC" -DANSWER=1 hello.c -o no/such/dir/x.c

# Outputs that are not regular files are written in place, never replaced.
mkfifo fifo
check 'a FIFO output is written, not replaced' bash -c "cat fifo >fromfifo & '$ASYNCC' -DANSWER=1 hello.c -o fifo; wait; test -p fifo && grep -q printf fromfifo"
devnull=$(stat -c %t:%T /dev/null)
check '-o /dev/null works and keeps the device' bash -c "'$ASYNCC' -DANSWER=1 hello.c -o /dev/null && test -c /dev/null && [ \$(stat -c %t:%T /dev/null) = $devnull ]"
check 'a failure does not remove /dev/null' bash -c "! '$ASYNCC' bad.c -o /dev/null 2>/dev/null; test -c /dev/null"

# Already-preprocessed input and the phase report.
check '-fpreprocessed skips the preprocessor' bash -c "printf '# 1 \"x.c\"\nint y = 2;\n' >pre.i && ASYNCC_CPP=/nonexistent '$ASYNCC' -fpreprocessed pre.i -o - | grep -q 'int y = 2;'"
check '--time-report prints phases' bash -c "'$ASYNCC' --time-report -DANSWER=1 hello.c -o t.c 2>&1 | grep -q 'preprocess .* parse .* peak RSS'"

# Depfiles.
printf '#include "inc/h.h"\nint v = FROM_HEADER;\n' >dep.c
check '-MD writes a depfile' expect_status 0 "$ASYNCC" -MD dep.c -o dep.out.c
check 'default depfile is OUTPUT with .d' grep -q 'inc/h.h' dep.out.d
check 'default target is OUTPUT' grep -q '^dep.out.c:' dep.out.d
check '-MF and -MT' expect_status 0 "$ASYNCC" -MD -MF custom.d -MT mytarget dep.c -o dep2.c
check 'custom depfile has the custom target' grep -q '^mytarget:.*dep.c' custom.d
check '-MMD leaves out system headers' bash -c "printf '#include <stdio.h>\n#include \"inc/h.h\"\n' >sys.c && '$ASYNCC' -MMD -MF sys.d sys.c -o sys.out.c && grep -q 'inc/h.h' sys.d && ! grep -q 'stdio.h' sys.d"
check '-MP adds phony targets' bash -c "'$ASYNCC' -MD -MP -MF p.d dep.c -o p.c && grep -q '^inc/h.h:' p.d"
rm -f bad.d
check 'no depfile after a failure' bash -c "! '$ASYNCC' -MD -MF bad.d bad.c -o bad.out.c 2>/dev/null && test ! -e bad.d && test ! -e bad.out.c"
check 'no temporary depfile left' no_temps

# Killed while the preprocessor runs: the preprocessor goes too (it writes
# the depfile's temporary), and nothing is left behind.
printf '#!/bin/sh\necho $$ >"%s/slowcpp.pid"\nsleep 3\nexec cc -E "$@"\n' "$PWD" >slowcpp && chmod +x slowcpp
mkdir -p killed && echo 'int k;' >killed/k.c
"$ASYNCC" --cpp="$PWD/slowcpp" -MD -MF killed/k.d killed/k.c -o killed/k.out.c &
pid=$!
for _ in $(seq 50); do [ -s slowcpp.pid ] && break; sleep 0.05; done
kill -TERM $pid
wait $pid
check 'SIGTERM during preprocessing: the status of a SIGTERM death' test $? -eq 143
check 'the preprocessor does not outlive asyncc' bash -c "! kill -0 \$(cat slowcpp.pid) 2>/dev/null"
check 'nothing left beside the outputs' bash -c 'test "$(ls killed)" = k.c'

# Deep nesting ends in a diagnostic, not in a stack overflow (the transform
# and the printer recurse; fuzzing found 100,000 parentheses crashing it).
awk 'BEGIN { s = "async int h(void);\nasync int f(void) { return "; for (i = 0; i < 100000; i++) s = s "("
             s = s "await h()"; for (i = 0; i < 100000; i++) s = s ")"; print s "; }" }' >deep.c
check 'deep nesting: a diagnostic' bash -c "'$ASYNCC' deep.c -o deep.out.c 2>deep.err; test \$? -eq 1 && grep -q 'error: nesting too deep' deep.err"
check 'deep nesting: no output' test ! -e deep.out.c
# A source that is a FIFO: the diagnostic's source line is not read from it
# again (that blocked for ever once cpp had drained the pipe).
mkfifo fifo.c
(printf 'int x = ;\n' >fifo.c &)
check 'an error in a FIFO source ends' bash -c "timeout 20 '$ASYNCC' fifo.c -o fifo.out.c 2>fifo.err; test \$? -eq 1 && grep -q 'fifo.c:1:9: error' fifo.err"
# Line markers with absurd line numbers are clamped (UBSan: signed overflow).
printf '# 99999999999999999999 "big.c"\nint a = ;\n' >big.i
check 'a huge line number is clamped' bash -c "'$ASYNCC' -fpreprocessed big.i -o /dev/null 2>&1 | grep -q '^big.c:1073741824:9: error'"

# Line markers: the compiler's diagnostics point at the original file.
printf '#include <stdio.h>\n\nint main(void) {\n  int unused_var;\n  return 0;\n}\n' >warn.c
for mode in "" --print-ast; do
  check "line markers ($mode)" bash -c "'$ASYNCC' $mode warn.c -o warn.out.c && cc -Wall -c warn.out.c -o warn.o 2>&1 | grep -q '^warn.c:4:7: warning: unused variable'"
done
finish
