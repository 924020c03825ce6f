#!/bin/sh
# run_driver_rules.sh - the qcc-lite driver's file rules (issues 11 and 17): user -I
# directories come before the compiler's own headers; an output naming an input is
# refused (-S, -E, -c, link); a write that fails says so; every input is a known kind
# (.c .i .s .qasm .o .a) or an error, and unused linker inputs are warned about; -std=
# reaches the preprocessor; the -f options (-fno-builtin[-NAME], -ffreestanding).
# usage: run_driver_rules.sh QCC WORKDIR
set -u
QCC=$1 W=$2
rm -rf "$W" && mkdir -p "$W/myinc" && cd "$W" || exit 1
fails=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; sed 's/^/    /' err 2>/dev/null; fails=$((fails + 1)); }
expect() { # description, expected status (or 'nonzero'), stderr pattern, command...
    desc=$1 want=$2 pat=$3; shift 3
    "$@" >out 2>err
    rc=$?
    if [ "$want" = nonzero ]; then [ $rc -ne 0 ]; else [ $rc -eq "$want" ]; fi || { bad "$desc (status $rc)"; return; }
    [ -z "$pat" ] || grep -q -- "$pat" err || { bad "$desc (stderr lacks '$pat')"; return; }
    ok "$desc"
}

printf 'int main(void) { return 0; }\n' > x.c
cp x.c x.c.orig
for m in -S -E -c; do
    expect "qcc-lite $m -o x.c x.c is refused" 1 "qcc-lite: error: output 'x.c' is also an input" \
        "$QCC" $m -o x.c x.c
    cmp -s x.c x.c.orig || bad "$m -o x.c x.c left x.c unchanged"
done
expect "qcc-lite -o x.c x.c (link) is refused" 1 "output 'x.c' is also an input" "$QCC" -o x.c x.c
cmp -s x.c x.c.orig && ok "x.c survived every attempt" || bad "x.c survived every attempt"

expect "-E -o /no/such/dir/x.i says what failed" 1 \
    "qcc-lite: error: cannot write '/no/such/dir/x.i': No such file or directory" \
    "$QCC" -E -o /no/such/dir/x.i x.c
expect "-S -o /no/such/dir/x.s says what failed" 1 "cannot write '/no/such/dir/x.s'" \
    "$QCC" -S -o /no/such/dir/x.s x.c

# A project's own <stdint.h> wins over the compiler's (user -I before -isystem).
printf '#define MY_OWN_STDINT 1\n' > myinc/stdint.h
printf '#include <stdint.h>\nint v = MY_OWN_STDINT;\n' > inc.c
expect "-I DIR: the project's <stdint.h> is found first" 0 "" "$QCC" -E -I myinc inc.c
grep -q 'int v = 1;' out && ok "  ...and its macro is used" || bad "  ...and its macro is used"
printf '#include <stdint.h>\nint32_t v = INT32_MAX;\n' > sys.c
expect "without -I the compiler's <stdint.h> is used" 0 "" "$QCC" -S -o sys.s sys.c

expect "an unknown input kind is an error" 1 \
    "qcc-lite: error: notes.txt: file format not recognized" sh -c "echo hi > notes.txt; '$QCC' -c notes.txt"
expect "a missing input is an error naming it" 1 "qcc-lite: error: nothere.c: No such file or directory" \
    "$QCC" -c nothere.c
expect "a directory input is an error" 1 "qcc-lite: error: myinc.c: not a regular file" \
    sh -c "mkdir -p myinc.c; '$QCC' -c myinc.c"
expect "-c with an object input warns that it is unused" 0 \
    "qcc-lite: warning: x.o: linker input file unused because linking not done" \
    sh -c "'$QCC' -c x.c && '$QCC' -c x.c x.o"
expect "-S with an assembly input warns that it is unused" 0 \
    "qcc-lite: warning: a.s: assembler input file unused with -S" \
    sh -c "printf '@f:\n  halt\n' > a.s; '$QCC' -S x.c a.s"
printf 'int twice(int a) { return a + a; }\n' > pre.i
expect "a .i file is compiled without the preprocessor" 0 "" "$QCC" -S -o pre.s pre.i
grep -q '@twice' pre.s && ok "  ...and defines its function" || bad "  ...and defines its function"
expect "-E -o with several files is refused" nonzero "cannot specify '-o' with '-E' and multiple files" \
    "$QCC" -E -o all.i x.c inc.c
expect "qcc-lite /dev/zero is refused" 1 "/dev/zero: not a regular file" "$QCC" -S /dev/zero

# -std= reaches the preprocessor as with gcc: __STDC_VERSION__ and __STRICT_ANSI__.
printf '#ifdef __STRICT_ANSI__\nstrict\n#endif\nv __STDC_VERSION__\n' > std.c
for s in c89=__STDC_VERSION__ iso9899:199409=199409L c99=199901L gnu11=201112L c17=201710L; do
    std=${s%=*} version=${s#*=}
    expect "-std=$std is accepted" 0 "" "$QCC" -E -std=$std std.c
    grep -q "^v $version\$" out && ok "  ...__STDC_VERSION__ is $version" ||
        bad "  ...__STDC_VERSION__ is $version"
    case $std in gnu*) strict=no ;; *) strict=yes ;; esac
    grep -q '^strict$' out && got=yes || got=no
    [ $got = $strict ] && ok "  ...__STRICT_ANSI__ defined: $strict" ||
        bad "  ...__STRICT_ANSI__ defined: $strict"
done
expect "an unknown -std= is an error" nonzero "unknown C standard 'c3000'" "$QCC" -E -std=c3000 std.c

# -f options: which library calls the compiler does itself (abs inline, a zero-length
# strncmp folded) unless -fno-builtin[-NAME]; -ffreestanding makes __STDC_HOSTED__ 0.
cat > lib.c <<'EOT'
int abs(int);
long labs(long);
int strncmp(const char *, const char *, unsigned long);
int f(int x, const char *s) { return abs(x) + labs(x) + strncmp(s, "a", 0) + __builtin_labs(x); }
EOT
calls() { # description, the calls expected in lib.s (a list of names), qcc options...
    cdesc=$1 cwant=$2; shift 2
    expect "$cdesc" 0 "" "$QCC" -S -o lib.s "$@" lib.c
    got=$(grep -o '@\(abs\|labs\|strncmp\)$' lib.s | tr -d @ | sort | tr '\n' ' ')
    [ "$got" = "$cwant" ] && ok "  ...calls: '$cwant'" || bad "  ...calls '$got', expected '$cwant'"
}
calls "abs, labs, a zero-length strncmp done inline by default" ""
calls "-fno-builtin-abs calls abs" "abs " -fno-builtin-abs
calls "-fno-builtin calls all three (not __builtin_labs)" "abs labs strncmp " -fno-builtin
calls "-ffreestanding is -fno-builtin" "abs labs strncmp " -ffreestanding
calls "-fbuiltin after -fno-builtin undoes it" "" -fno-builtin -fbuiltin
printf 'hosted __STDC_HOSTED__\n' > hosted.c
expect "-ffreestanding reaches the preprocessor" 0 "" "$QCC" -E -ffreestanding hosted.c
grep -q '^hosted 0$' out && ok "  ...__STDC_HOSTED__ is 0" || bad "  ...__STDC_HOSTED__ is 0"
expect "without it __STDC_HOSTED__ is 1" 0 "" "$QCC" -E hosted.c
grep -q '^hosted 1$' out && ok "  ...__STDC_HOSTED__ is 1" || bad "  ...__STDC_HOSTED__ is 1"
expect "-fwrapv (what qcc-lite does anyway) is accepted" 0 "" "$QCC" -S -o lib.s -fwrapv lib.c
expect "an unknown -f option is an error" nonzero "unknown option '-fbogus'" \
    "$QCC" -S -o lib.s -fbogus lib.c

[ $fails -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
