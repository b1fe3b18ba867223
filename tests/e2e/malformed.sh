#!/usr/bin/env bash
# malformed.sh - malformed inputs must be rejected cleanly, at the right place.
#
# Every tests/e2e/malformed/*.c states what asyncc must say about it in a
# comment, on any line (the first one found counts):
#
#   // expect: [FILE:]LINE:COL: error: MESSAGE
#       asyncc exits with status 1; the first "error:" line on stderr starts
#       with PATH:LINE:COL: error: MESSAGE, where PATH is the input's path
#       exactly as given on the command line, or, when FILE is given, that
#       file of the malformed directory as the preprocessor names it (an
#       error in an included header).  LINE is the physical line of that
#       file and COL its 1-based byte column (gcc's
#       -fdiagnostics-column-unit=byte); MESSAGE is the start of the message
#       (the cases spell out the whole message).  The next two lines must be
#       the source line, "%5d | " + line LINE of the file, and the caret
#       line, "      | " + the first COL-1 bytes of that line with every
#       byte but a tab turned into a space + "^".
#   // expect-cpp: TEXT
#       The preprocessor fails: exit status 1 and stderr contains TEXT (the
#       preprocessor's own message, as it printed it).
#
# For every error case: OUTPUT (out.c) existed before the run and must be
# gone, no temporary (out.c.tmp.*) is left, asyncc did not die of a signal.
# Inputs that cannot carry a comment (an empty file) and other inputs that
# must translate are listed in OK_CASES.  *.h files are only included by the
# cases.  Usage errors (exit status 2) are checked at the end.
#
# A case that produces a diagnostic the preprocessor left alone but asyncc
# placed wrongly does not belong here until the translator is fixed: every
# expectation was checked by hand against the file and against gcc.

# Resolve relative paths before lib.sh moves into its scratch directory.
case ${ASYNCC:-} in /* | "") ;; */*) ASYNCC=$PWD/$ASYNCC ;; esac
[ -n "${E2E_DIR:-}" ] && E2E_DIR=$(cd "$E2E_DIR" && pwd)
. "$(dirname "$0")/lib.sh"
export LC_ALL=C
DIR=$E2E_DIR/malformed
OK_CASES="ok_empty.c ok_blank.c ok_comment_only.c ok_header_only.c"

# run ARGS...: runs asyncc with a stale out.c in place; sets RC and leaves
# stdout/stderr in the files of those names.
run() {
  rm -f out.c.tmp.*
  printf 'stale output\n' >out.c
  "$ASYNCC" "$@" >stdout 2>stderr
  RC=$?
}

# After a run: the common checks of a failed translation.
failed_cleanly() {
  local what=$1 ok=0
  if [ "$RC" -ge 128 ]; then
    fail "$what: asyncc crashed (exit status $RC)"; ok=1
  elif [ "$RC" -ne 1 ]; then
    fail "$what: exit status $RC, expected 1"; ok=1
  fi
  if [ -e out.c ]; then fail "$what: out.c still exists"; ok=1; fi
  if compgen -G 'out.c.tmp.*' >/dev/null; then fail "$what: temporary left: $(echo out.c.tmp.*)"; ok=1; fi
  [ "$ok" -eq 0 ] || sed 's/^/    | /' stderr >&2
  return "$ok"
}

# check_diag WHAT PATH EXPECTATION: the first error on stderr, its source
# line and caret. PATH is the input as passed to asyncc.
check_diag() {
  local what=$1 path=$2 exp=$3 file line col msg
  if [[ $exp =~ ^(([^:]*[^0-9:][^:]*):)?([0-9]+):([0-9]+):\ (error:\ .*)$ ]]; then
    file=${BASH_REMATCH[2]} line=${BASH_REMATCH[3]} col=${BASH_REMATCH[4]} msg=${BASH_REMATCH[5]}
  else
    fail "$what: malformed expectation '$exp'"; return
  fi
  # A header is named as the preprocessor spells it: its directory part is
  # the including file's; for an input without one, gcc writes "h.h" and
  # clang "./h.h".
  local shown=$path alt=$path src=$DIR/${path##*/}
  if [ -n "$file" ]; then
    shown=$(dirname "$path")/$file alt=$shown
    [[ $path != */* ]] && shown=$file
    src=$DIR/$file
  fi
  local want="$shown:$line:$col: $msg"
  local n got
  n=$(grep -a -n -m1 -E '^.+:[0-9]+:[0-9]+: error: ' stderr | cut -d: -f1)
  if [ -z "$n" ]; then
    fail "$what: no error diagnostic; wanted '$want'"; sed 's/^/    | /' stderr >&2; return
  fi
  got=$(sed -n "${n}p" stderr)
  if [[ $got != "$want"* && $got != "$alt:$line:$col: $msg"* ]]; then
    fail "$what: got '$got', wanted '$want'"; return
  fi
  # The source line and the caret under column COL.
  local text prefix want_src want_caret
  text=$(sed -n "${line}p" "$src")
  text=${text%$'\r'}
  prefix=${text:0:col-1}
  prefix=${prefix//[^$'\t']/ }
  want_src=$(printf '%5d | %s' "$line" "$text")
  want_caret="      | $prefix^"
  if [ "$(sed -n "$((n + 1))p" stderr)" != "$want_src" ]; then
    fail "$what: source line: got '$(sed -n "$((n + 1))p" stderr)', wanted '$want_src'"; return
  fi
  if [ "$(sed -n "$((n + 2))p" stderr)" != "$want_caret" ]; then
    fail "$what: caret line: got '$(sed -n "$((n + 2))p" stderr)', wanted '$want_caret'"; return
  fi
  pass
}

ncases=0
for f in "$DIR"/*.c; do
  name=${f##*/}
  case " $OK_CASES " in *" $name "*) continue ;; esac
  ncases=$((ncases + 1))
  exp=$(grep -a -m1 -o '// expect: .*' "$f")
  cpp=$(grep -a -m1 -o '// expect-cpp: .*' "$f")
  exp=${exp%$'\r'} cpp=${cpp%$'\r'}
  run "$f" -o out.c
  if [ -n "$exp" ]; then
    failed_cleanly "$name" && check_diag "$name" "$f" "${exp#// expect: }"
  elif [ -n "$cpp" ]; then
    text=${cpp#// expect-cpp: }
    if failed_cleanly "$name"; then
      if grep -a -q -F -e "$text" stderr; then pass; else
        fail "$name: the preprocessor's message '$text' is missing"; sed 's/^/    | /' stderr >&2
      fi
    fi
  else
    fail "$name: no '// expect:' or '// expect-cpp:' comment and not in OK_CASES"
  fi
done
[ "$ncases" -ge 35 ] || fail "only $ncases malformed cases found in $DIR"

# The file name in diagnostics is the one given on the command line, also
# for a relative path and for a header found next to it.
for c in stray_at.c header_error.c; do
  exp=$(grep -a -m1 -o '// expect: .*' "$DIR/$c")
  rm -f out.c.tmp.*
  printf 'stale output\n' >out.c
  (cd "$DIR" && exec "$ASYNCC" "$c" -o "$WORK/out.c") >stdout 2>stderr
  RC=$?
  failed_cleanly "$c (relative path)" && check_diag "$c (relative path)" "$c" "${exp#// expect: }"
done

# Inputs that must translate, though there is nothing in them.
for name in $OK_CASES; do
  run "$DIR/$name" -o out.c
  if [ "$RC" -ne 0 ]; then
    fail "$name: exit status $RC, expected 0"; sed 's/^/    | /' stderr >&2; continue
  fi
  if [ -s stderr ]; then fail "$name: unexpected diagnostics"; sed 's/^/    | /' stderr >&2; continue; fi
  if [ ! -f out.c ] || grep -q 'stale output' out.c; then fail "$name: out.c not written"; continue; fi
  if compgen -G 'out.c.tmp.*' >/dev/null; then fail "$name: temporary left"; continue; fi
  check "$name: output compiles" cc -fsyntax-only -x c out.c
done

# Usage errors: exit status 2 and asyncc's own message.
usage() {
  local what=$1 msg=$2; shift 2
  run "$@"
  if [ "$RC" -ne 2 ]; then
    fail "usage, $what: exit status $RC, expected 2"; sed 's/^/    | /' stderr >&2
  elif ! grep -q -F -e "asyncc: error: $msg" stderr; then
    fail "usage, $what: message 'asyncc: error: $msg' missing"; sed 's/^/    | /' stderr >&2
  elif [ -s stdout ]; then
    fail "usage, $what: wrote to standard output"
  else
    pass
  fi
}
good=$DIR/ok_comment_only.c
usage "no arguments" "no input file"
usage "no input" "no input file" -o out.c
usage "two inputs" "more than one input file: $good" "$DIR/stray_at.c" "$good" -o out.c
usage "unknown long option" "unknown option --no-such-option" --no-such-option "$good" -o out.c
usage "-o without argument" "missing argument to -o" "$good" -o
usage "-I without argument" "missing argument to -I" "$good" -o out.c -I
usage "two outputs" "more than one output file: other.c" "$good" -o out.c -o other.c
[ -e other.c ] && fail "usage, two outputs: other.c was created"
# The input named as the output is refused and left alone.
printf 'int kept;\n' >same.c
usage "input is output" "input file 'same.c' is the same as output file" same.c -o same.c
[ "$(cat same.c 2>/dev/null)" = "int kept;" ] || fail "usage, input is output: the input was changed"

finish
