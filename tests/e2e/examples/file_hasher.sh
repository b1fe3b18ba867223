#!/usr/bin/env bash
# file_hasher.sh - examples/file_hasher.c against known SHA-256 test
# vectors and against coreutils' sha256sum (an independent implementation):
# files around the padding boundaries, a few MB, 300 files at once (more
# than it keeps open), with pool sizes 1 and 8 and every await suspending;
# a missing file and a directory reported as "path: reason", exit status 1,
# the other files still hashed in argument order.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" file_hasher
H=$BIN/file_hasher

# FIPS 180-4 examples.
printf '' >empty
printf 'abc' >abc
printf 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq' >two-blocks
cat >want.txt <<'V'
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty
ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  abc
248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1  two-blocks
V
check "FIPS 180-4 test vectors" bash -c "'$H' empty abc two-blocks >got.txt && cmp -s want.txt got.txt"

# Lengths around the block and padding boundaries, and larger files.
files=()
for n in 1 55 56 57 63 64 65 119 120 128 1000 65535 65536 65537 200000; do
  head -c "$n" /dev/urandom >"len$n"
  files+=("len$n")
done
seq 1 700000 >seq.txt # ~4.7 MB
files+=(seq.txt)
mkdir -p many
for i in $(seq 1 300); do
  printf 'file %d\n' "$i" >"many/$i"
  files+=("many/$i")
done
sha256sum "${files[@]}" >want.txt
for pool in 1 4 8; do
  check "${#files[@]} files, pool of $pool" bash -c \
    "ASYNCC_THREADPOOL_SIZE=$pool '$H' ${files[*]} >got.txt && cmp -s want.txt got.txt"
done
check "every await suspending" bash -c \
  "ASYNCC_DEBUG_SUSPEND=1 '$H' ${files[*]} >got.txt && cmp -s want.txt got.txt"

# Errors: reported per file, the others hashed, exit status 1.
mkdir -p adir
"$H" abc missing adir empty >got.txt 2>err.txt
rc=$?
check "errors: exit status 1" test "$rc" -eq 1
sha256sum abc empty >want.txt
check "errors: the other files hashed, in order" cmp -s want.txt got.txt
printf '%s\n' "missing: No such file or directory" "adir: Is a directory" >want-err.txt
check "errors: path: reason, in order" cmp -s want-err.txt err.txt
"$H" >/dev/null 2>&1
check "no arguments: usage, exit status 2" test $? -eq 2
finish
