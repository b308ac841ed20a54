// Command reduce shrinks a program on which gosh and Go differ, keeping
// the difference: it deletes top-level declarations and statements
// (ddmin over their line ranges), repairs unused variables and imports,
// and keeps a candidate when Go still accepts it (or, for a compile-error
// difference, still rejects it with the same message) and gosh still
// differs in the same way.
//
//	go run ./reduce -gosh ../../../build/gosh -o small.go FINDINGS/SEED-KIND/prog.go
//
// -match REGEX additionally requires gosh's stdout+stderr to match REGEX;
// -gomatch REGEX requires Go's stdout+stderr to match.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"difffuzz/progen"
)

var (
	flagGosh    = flag.String("gosh", "", "gosh binary")
	flagOut     = flag.String("o", "reduced.go", "output file")
	flagMatch   = flag.String("match", "", "regexp gosh's output must match")
	flagGoMatch = flag.String("gomatch", "", "regexp Go's output must match")
	flagKind    = flag.String("kind", "", "kind of difference to keep (default: the original's)")
	flagV       = flag.Bool("v", false, "verbose")
)

type res struct {
	out, err string
	rc       int
	timeout  bool
}

var tmp string
var fastKind string

func main() {
	flag.Parse()
	if flag.NArg() != 1 || *flagGosh == "" {
		fmt.Fprintln(os.Stderr, "usage: reduce -gosh GOSH [-o OUT] [-match RE] PROG.go")
		os.Exit(2)
	}
	src, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	tmp, _ = os.MkdirTemp("", "gosh-reduce-")
	defer os.RemoveAll(tmp)
	os.WriteFile(filepath.Join(tmp, "go.mod"), []byte("module red\n\ngo 1.19\n"), 0o644)
	kind, sig := classify(string(src))
	if kind == "" {
		fmt.Fprintln(os.Stderr, "reduce: gosh and Go agree on this program")
		os.Exit(1)
	}
	if *flagKind != "" && kind != *flagKind {
		fmt.Fprintf(os.Stderr, "reduce: the program shows %s, not %s\n", kind, *flagKind)
		os.Exit(1)
	}
	fmt.Printf("reduce: keeping %s: %s\n", kind, sig)
	switch kind {
	case "rejects-valid", "crash", "gosh-timeout":
		fastKind = kind
	}
	want := kind
	cur := string(src)
	for round := 0; round < 6; round++ {
		before := len(cur)
		cur = ddmin(cur, want)
		if len(cur) >= before {
			break
		}
	}
	os.WriteFile(*flagOut, []byte(cur), 0o644)
	k, s := classify(cur)
	fmt.Printf("reduce: %d lines in %s: %s: %s\n", strings.Count(cur, "\n"), *flagOut, k, s)
}

var goErrRe = regexp.MustCompile(`main\.go:(\d+:\d+: .*)`)

// classify runs both and says how they differ ("" if they agree or Go
// cannot build the program for another reason than a compile error).
func classify(src string) (string, string) {
	os.WriteFile(filepath.Join(tmp, "main.go"), []byte(src), 0o644)
	if fastKind != "" {
		// what gosh does wrong needs no Go output: go/types decides
		// that the program is valid
		if progen.Check(src) != nil {
			return "", ""
		}
		g := run(*flagGosh, filepath.Join(tmp, "main.go"))
		if !matchGosh(g) {
			return "", ""
		}
		switch {
		case g.timeout:
			return "gosh-timeout", ""
		case g.rc == 1:
			return "rejects-valid", strings.SplitN(g.err, "\n", 2)[0]
		case g.rc >= 128 || g.rc < 0:
			return "crash", fmt.Sprint(g.rc)
		}
		return "", ""
	}
	cmd := exec.Command("go", "build", "-o", "prog", "-gcflags=-N -l", ".")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if os.Getenv("GOCACHE") == "" {
		cmd.Env = append(cmd.Env, "GOCACHE=/tmp/gosh-diff-gocache")
	}
	bout, berr := cmd.CombinedOutput()
	g := run(*flagGosh, filepath.Join(tmp, "main.go"))
	if berr != nil {
		m := goErrRe.FindStringSubmatch(string(bout))
		if m == nil {
			return "", ""
		}
		goFirst := m[1]
		first := ""
		for _, l := range strings.Split(g.err, "\n") {
			if i := strings.Index(l, "main.go:"); i >= 0 {
				first = l[i+8:]
				break
			}
		}
		if *flagGoMatch != "" && !regexp.MustCompile(*flagGoMatch).MatchString(goFirst) {
			return "", ""
		}
		if !matchGosh(g) {
			return "", ""
		}
		if g.rc != 1 {
			return "accepts-invalid", goFirst
		}
		if first != goFirst {
			return "compile-error", goFirst + " / " + first
		}
		return "", ""
	}
	r := run(filepath.Join(tmp, "prog"))
	if r.timeout {
		return "", ""
	}
	if *flagGoMatch != "" && !regexp.MustCompile(*flagGoMatch).MatchString(r.out+r.err) {
		return "", ""
	}
	if !matchGosh(g) {
		return "", ""
	}
	if g.timeout {
		return "gosh-timeout", ""
	}
	if g.rc == 1 {
		return "rejects-valid", strings.SplitN(g.err, "\n", 2)[0]
	}
	if g.rc >= 128 || g.rc < 0 {
		return "crash", fmt.Sprint(g.rc)
	}
	gp, hp := firstPanic(r.err), firstPanic(g.err)
	if (r.rc == 2 || g.rc == 2) && gp != hp {
		return "panic", gp + " / " + hp
	}
	if r.out != g.out {
		return "stdout", ""
	}
	if r.rc != g.rc {
		return "exit-status", fmt.Sprint(r.rc, g.rc)
	}
	return "", ""
}

func matchGosh(g res) bool {
	return *flagMatch == "" || regexp.MustCompile(*flagMatch).MatchString(g.out+g.err)
}

var panicRe = regexp.MustCompile(`(?m)^(panic: .*|fatal error: .*)$`)

func firstPanic(s string) string { return panicRe.FindString(s) }

func run(name string, args ...string) res {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	r := res{out: o.String(), err: e.String()}
	if ctx.Err() != nil {
		r.timeout = true
		return r
	}
	if ee, ok := err.(*exec.ExitError); ok {
		r.rc = ee.ExitCode()
		if r.rc < 0 {
			r.rc = 137
		}
	}
	return r
}

type unit struct{ from, to int } // 0-based line range, inclusive

// units lists the removable pieces: top-level declarations (not main)
// and statements, as line ranges.
func units(src string) []unit {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		return nil
	}
	var us []unit
	add := func(n ast.Node) {
		us = append(us, unit{fset.Position(n.Pos()).Line - 1, fset.Position(n.End()).Line - 1})
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "main" && fd.Recv == nil {
			continue
		}
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			continue
		}
		add(d)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		var list []ast.Stmt
		switch b := n.(type) {
		case *ast.BlockStmt:
			list = b.List
		case *ast.CaseClause:
			list = b.Body
		case *ast.CommClause:
			list = b.Body
		}
		for _, s := range list {
			add(s)
		}
		return true
	})
	return us
}

func remove(src string, del []unit) string {
	lines := strings.Split(src, "\n")
	gone := make([]bool, len(lines))
	for _, u := range del {
		for i := u.from; i <= u.to && i < len(lines); i++ {
			gone[i] = true
		}
	}
	var out []string
	for i, l := range lines {
		if !gone[i] {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func try(src string, want string) (string, bool) {
	fixed, err := progen.FixUnused(src)
	if err != nil {
		if want != "compile-error" && want != "accepts-invalid" {
			return "", false
		}
		fixed = src
	}
	k, _ := classify(fixed)
	return fixed, k == want
}

// ddmin removes as many units as it can while the difference stays.
func ddmin(src, want string) string {
	us := units(src)
	sort.Slice(us, func(i, j int) bool { return us[i].from < us[j].from })
	n := 2
	for len(us) >= 1 {
		if n > len(us) {
			n = len(us)
		}
		chunk := (len(us) + n - 1) / n
		progress := false
		for i := 0; i < len(us); i += chunk {
			j := i + chunk
			if j > len(us) {
				j = len(us)
			}
			cand := remove(src, us[i:j])
			if fixed, ok := try(cand, want); ok && len(fixed) < len(src) {
				if *flagV {
					fmt.Printf("  removed %d units, %d lines left\n", j-i, strings.Count(fixed, "\n"))
				}
				src = fixed
				us = units(src)
				sort.Slice(us, func(a, b int) bool { return us[a].from < us[b].from })
				if n > 2 {
					n--
				}
				progress = true
				break
			}
		}
		if !progress {
			if n >= len(us) {
				break
			}
			n *= 2
		}
	}
	return src
}
