#!/bin/bash
# multifile.sh GOSH: programs of several files: gosh run DIR, gosh run
# FILES, gosh DIR, run as one package main as go run runs them; errors
# name the file they are in. Run from tests/multifile.
gosh=$1
fails=0
# check NAME EXPECTED-STATUS EXPECTED-OUTPUT COMMAND...: stdout and stderr
# together, the folder's absolute path shown as $PWD
check() {
	local name=$1 want_rc=$2 want=$3
	shift 3
	local out rc
	out=$("$@" 2>&1)
	rc=$?
	out=${out//$PWD/\$PWD}
	if [ "$out" != "$want" ] || [ "$rc" != "$want_rc" ]; then
		echo "FAIL: $name: status $rc (want $want_rc), output:"
		echo "$out"
		echo "--- want:"
		echo "$want"
		fails=$((fails + 1))
	fi
}

prog_out='init in shape.go
init in where.go
args: [x y]
12 3x4 42
where.go:14'
check "run DIR" 0 "$prog_out" "$gosh" run prog x y
check "DIR alone" 0 "$prog_out" "$gosh" prog x y
check "run FILES" 0 "$prog_out" "$gosh" run prog/main.go prog/shape.go prog/where.go x y
check "run ." 0 "$prog_out" bash -c "cd prog && '$gosh' run . x y"
check "errors name their file" 1 'errs/b.go:3:8: imported and not used: "os"
errs/b.go:5:37: undefined: x' "$gosh" run errs
check "mixed packages" 1 'found packages main (a.go) and other (b.go) in $PWD/mixed' "$gosh" run mixed
check "not a main package" 1 'package notmain is not a main package' "$gosh" run notmain
check "no Go files" 1 'no Go files in $PWD/empty' "$gosh" run empty
check "test files cannot run" 1 'go: cannot run *_test.go files (prog/skipped_test.go)' \
	"$gosh" run prog/main.go prog/skipped_test.go
check "a panic's stack names each file" 2 'panic: runtime error: index out of range [3] with length 0

goroutine 1 [running]:
main.crash(...)
	panics/b.go:5
main.main()
	panics/a.go:3' "$gosh" run panics
check "one file still runs alone" 0 'hi' "$gosh" run /dev/stdin <<<'package main; func main() { println("hi") }'
exit $((fails > 0))
