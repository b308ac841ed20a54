#!/bin/sh
# run_examples.sh: run the code blocks of a Markdown document and check
# what they print, so that the documentation cannot go stale.
#
# usage: run_examples.sh GOSH FILE.md
#
# Conventions (fences start at column 0):
#
#   ```go  or  ```gosh    a program: written to prog.go (or prog.gosh) in a
#                         directory of its own and run from there as
#                         `GOSH --seed 1 prog.go` (so goroutine traces name
#                         prog.go, and concurrent output is deterministic).
#   ```output             the exact standard output of the program above
#                         (the latest go/gosh block; blocks of any other
#                         language, such as ```sh, may stand in between).
#                         A program with no ```output block must print
#                         nothing on stdout.
#   ```stderr             the exact standard error of that same run.
#                         Without one, stderr is not checked.
#
# HTML comments on the lines just before a fence (blank lines may come
# between) change what happens to it:
#
#   <!-- skip -->         the block is a fragment, or not meant to run:
#                         ignore it (say why in the text around it).
#   <!-- flags: F... -->  gosh options instead of the default `--seed 1`
#                         (`<!-- flags: -->` runs with none).
#   <!-- args: A... -->   arguments after the file name (os.Args[1:]).
#   <!-- exit: N -->      the expected exit status (default 0).
#   <!-- file: NAME -->   the file name to use instead of prog.go/prog.gosh.
#
# Before a code fence these set the block's defaults. Before an ```output
# fence they make that output a further run of the same program with the
# markers' flags, args and exit status (so one program can be shown under
# --seed 1 and --seed 2). Every ```output fence is one run; a ```stderr
# fence belongs to the run just before it, or is a run of its own.
#
# Blocks of every other language (sh, text, ...) are not run.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 GOSH FILE.md" >&2
  exit 2
fi
gosh=$1
doc=$2
case $gosh in /*) ;; *) gosh=$(pwd)/$gosh ;; esac
[ -x "$gosh" ] || { echo "$0: $gosh is not executable" >&2; exit 2; }
[ -r "$doc" ] || { echo "$0: cannot read $doc" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosh-docs.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# Split the document: block N goes to $tmp/bN/ (its source file, and
# `src` holding the file name and line), run K of it to bN/rK.meta (flags,
# args, exit status, line), bN/rK.out and, if given, bN/rK.err.
awk -v dir="$tmp" '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function reset_markers() { m_skip = 0; m_flags = ""; m_hasflags = 0; m_args = ""; m_hasargs = 0; m_exit = ""; m_file = "" }
function new_run(line, ovr,   k) {
  runs[blk]++
  k = runs[blk]
  meta = dir "/b" blk "/r" k ".meta"
  printf "flags=%s\nargs=%s\nexit=%s\nline=%d\n", \
    (ovr && m_hasflags ? m_flags : b_flags), (ovr && m_hasargs ? m_args : b_args), \
    (ovr && m_exit != "" ? m_exit : b_exit), line > meta
  close(meta)
  printf "" > (dir "/b" blk "/r" k ".out")
  close(dir "/b" blk "/r" k ".out")
  has_err[blk, k] = 0
  return k
}
function end_block() {
  if (blk > 0 && runs[blk] == 0) { new_run(b_line, 0) }
}
BEGIN { blk = 0; infence = 0; reset_markers() }
infence {
  if ($0 ~ /^```[ \t]*$/) { infence = 0; if (target != "") close(target); next }
  if (target != "") print > target
  next
}
/^```/ {
  lang = trim(substr($0, 4))
  sub(/[ \t].*/, "", lang)
  target = ""
  if (m_skip) {
    # a skipped fence
  } else if (lang == "go" || lang == "gosh") {
    end_block()
    blk++
    b_flags = m_hasflags ? m_flags : "--seed 1"
    b_args = m_args; b_exit = (m_exit != "" ? m_exit : 0); b_line = NR
    fname = m_file != "" ? m_file : (lang == "go" ? "prog.go" : "prog.gosh")
    system("mkdir -p \"" dir "/b" blk "\"")
    printf "%s\n%d\n", fname, NR > (dir "/b" blk "/src"); close(dir "/b" blk "/src")
    runs[blk] = 0
    target = dir "/b" blk "/" fname
    printf "" > target
  } else if (lang == "output" && blk > 0) {
    k = new_run(NR, 1)
    target = dir "/b" blk "/r" k ".out"
  } else if (lang == "stderr" && blk > 0) {
    k = runs[blk]
    if (k == 0 || has_err[blk, k]) { k = new_run(NR, 1) }
    has_err[blk, k] = 1
    target = dir "/b" blk "/r" k ".err"
    printf "" > target
  }
  infence = 1
  reset_markers()
  next
}
/^<!--[ \t]*skip[ \t]*-->[ \t]*$/ { m_skip = 1; next }
/^<!--[ \t]*flags:.*-->[ \t]*$/ { s = $0; sub(/^<!--[ \t]*flags:/, "", s); sub(/-->[ \t]*$/, "", s); m_flags = trim(s); m_hasflags = 1; next }
/^<!--[ \t]*args:.*-->[ \t]*$/ { s = $0; sub(/^<!--[ \t]*args:/, "", s); sub(/-->[ \t]*$/, "", s); m_args = trim(s); m_hasargs = 1; next }
/^<!--[ \t]*exit:.*-->[ \t]*$/ { s = $0; sub(/^<!--[ \t]*exit:/, "", s); sub(/-->[ \t]*$/, "", s); m_exit = trim(s); next }
/^<!--[ \t]*file:.*-->[ \t]*$/ { s = $0; sub(/^<!--[ \t]*file:/, "", s); sub(/-->[ \t]*$/, "", s); m_file = trim(s); next }
/^[ \t]*$/ { next }
{ reset_markers() }
END {
  if (infence) { print "unterminated code fence" > "/dev/stderr"; exit 1 }
  end_block()
}
' "$doc" || { echo "$doc: cannot split into blocks" >&2; exit 2; }

if command -v timeout >/dev/null 2>&1; then limit="timeout 60"; else limit=""; fi
set -f   # flags and args are split on spaces, never globbed
blocks=0
runs=0
failures=0
n=1
while [ -d "$tmp/b$n" ]; do
  d=$tmp/b$n
  blocks=$((blocks + 1))
  fname=$(sed -n 1p "$d/src")
  k=1
  while [ -f "$d/r$k.meta" ]; do
    runs=$((runs + 1))
    flags=$(sed -n 's/^flags=//p' "$d/r$k.meta")
    args=$(sed -n 's/^args=//p' "$d/r$k.meta")
    want_rc=$(sed -n 's/^exit=//p' "$d/r$k.meta")
    line=$(sed -n 's/^line=//p' "$d/r$k.meta")
    (cd "$d" && $limit "$gosh" $flags "$fname" $args </dev/null >"$d/r$k.got" 2>"$d/r$k.goterr")
    rc=$?
    bad=""
    [ "$rc" = "$want_rc" ] || bad="exit status $rc, want $want_rc"
    cmp -s "$d/r$k.out" "$d/r$k.got" || bad="$bad${bad:+; }stdout differs"
    if [ -f "$d/r$k.err" ] && ! cmp -s "$d/r$k.err" "$d/r$k.goterr"; then
      bad="$bad${bad:+; }stderr differs"
    fi
    if [ -n "$bad" ]; then
      failures=$((failures + 1))
      echo "FAIL: $doc:$line: gosh $flags $fname $args: $bad"
      diff -u "$d/r$k.out" "$d/r$k.got" | sed 's/^/    /'
      if [ -f "$d/r$k.err" ]; then
        diff -u "$d/r$k.err" "$d/r$k.goterr" | sed 's/^/    /'
      else
        sed 's/^/    stderr: /' "$d/r$k.goterr" | head -20
      fi
    fi
    k=$((k + 1))
  done
  n=$((n + 1))
done
if [ "$failures" -gt 0 ]; then
  echo "$doc: $failures of $runs runs failed ($blocks code blocks)"
  exit 1
fi
echo "$doc: $runs runs of $blocks code blocks ok"
