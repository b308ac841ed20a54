// Command runner is the differential fuzzer's driver: it generates
// programs (package progen), runs each under Go and under gosh, and
// reports every difference in stdout, exit status or panic line (valid
// programs), or in the first compile error (invalid programs).
//
// The Go side is batched: the valid programs of a batch become packages
// fzpSEED of one module (package main renamed, func main renamed Main)
// and one driver binary that calls the Main selected by its argument, so
// a batch costs one `go build` and one link. The package name shows in
// type names (%T, %v of some values, panic messages): Go's output has
// every "fzpSEED." replaced by "main." before comparing. Programs do not
// print from package initialisation (see the generator), so the other
// packages of the driver stay silent.
//
// usage: see ../README.md, or run.sh -h.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"difffuzz/progen"
)

var (
	flagN       = flag.Int("n", 100, "number of programs")
	flagSeed    = flag.Int64("seed", 1, "first seed (programs use seed, seed+1, ...)")
	flagJ       = flag.Int("j", 2, "parallel jobs")
	flagInvalid = flag.Float64("invalid-share", 0.15, "share of invalid programs (0..1)")
	flagOut     = flag.String("out", "/tmp/gosh-diff-findings", "folder for the differences found")
	flagGosh    = flag.String("gosh", "", "gosh binary (default: build/gosh of this repository)")
	flagWork    = flag.String("work", "", "work folder (default: a new folder under /tmp, removed at the end)")
	flagBatch   = flag.Int("batch", 120, "programs per Go build")
	flagTimeout = flag.Duration("timeout", 10*time.Second, "time limit of one run")
	flagKeep    = flag.Bool("keep", false, "keep the work folder")
	flagQuiet   = flag.Bool("q", false, "print only the summary")
	flagMemKB   = flag.Int("mem", 4<<20, "address-space limit of a gosh run, in KiB (0: none)")
	flagAvoid   = flag.String("avoid", "", "comma-separated features to leave out (tags of known bugs; \"known\": all of them; \"list\": print them)")
)

var avoid map[string]bool

type prog struct {
	seed     int64
	invalid  bool
	mutation string
	src      string
	genErr   error
	srcPath  string // the program as gosh runs it
	// Go results
	goBuildErr string // first error line (L:C: msg) of an invalid program; "" if it built
	goBuilt    bool
	goOut      []byte
	goErr      []byte
	goRC       int
	goTimeout  bool
	nondet     bool
}

type finding struct {
	seed int64
	kind string
	sig  string
	dir  string
}

type stats struct {
	mu                                   sync.Mutex
	valid, invalid, ineffective, genBugs int
	nondet, goTimeouts, compared         int
	findings                             []finding
}

var st stats

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: run.sh [-n N] [-seed S] [-j J] [-invalid-share P] [-out DIR] [flags]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	avoid = map[string]bool{}
	for _, a := range strings.Split(*flagAvoid, ",") {
		switch a {
		case "":
		case "list":
			var tags []string
			for t := range progen.KnownBugs {
				tags = append(tags, t)
			}
			sort.Strings(tags)
			for _, t := range tags {
				fmt.Printf("%-24s %s\n", t, progen.KnownBugs[t])
			}
			return
		case "known":
			for t := range progen.KnownBugs {
				avoid[t] = true
			}
		default:
			if _, ok := progen.KnownBugs[a]; !ok {
				fmt.Fprintf(os.Stderr, "runner: unknown -avoid tag %q (-avoid list shows them)\n", a)
				os.Exit(2)
			}
			avoid[a] = true
		}
	}
	gosh := *flagGosh
	if gosh == "" {
		fmt.Fprintln(os.Stderr, "runner: -gosh is required")
		os.Exit(2)
	}
	gosh, _ = filepath.Abs(gosh)
	if _, err := os.Stat(gosh); err != nil {
		fmt.Fprintf(os.Stderr, "runner: no gosh binary at %s (build it first)\n", gosh)
		os.Exit(2)
	}
	work := *flagWork
	if work == "" {
		var err error
		work, err = os.MkdirTemp("", "gosh-diff-work-")
		if err != nil {
			fatal(err)
		}
		if !*flagKeep {
			defer os.RemoveAll(work)
		}
	}
	must(os.MkdirAll(filepath.Join(work, "mod"), 0o755))
	must(os.WriteFile(filepath.Join(work, "mod", "go.mod"), []byte("module fzwork\n\ngo 1.19\n"), 0o644))
	must(os.MkdirAll(*flagOut, 0o755))

	start := time.Now()
	type batch struct {
		idx   int
		progs []*prog
	}
	batches := make(chan batch, 1)
	// producer: generate and build batches ahead of the runs
	go func() {
		defer close(batches)
		for i, b := 0, 0; i < *flagN; b++ {
			n := *flagBatch
			if i+n > *flagN {
				n = *flagN - i
			}
			var ps []*prog
			for k := 0; k < n; k++ {
				ps = append(ps, generate(*flagSeed+int64(i+k), work))
			}
			buildBatch(work, b, ps)
			batches <- batch{b, ps}
			i += n
		}
	}()
	done := 0
	for b := range batches {
		runBatch(work, b.idx, b.progs, gosh)
		done += len(b.progs)
		if !*flagQuiet {
			el := time.Since(start).Seconds()
			fmt.Printf("... %d/%d programs, %d differences, %.0fs (%.0f programs/min)\n", done, *flagN, len(st.findings), el, float64(done)/el*60)
		}
		os.RemoveAll(filepath.Join(work, "mod", fmt.Sprintf("b%d", b.idx)))
		os.RemoveAll(filepath.Join(work, "inv", fmt.Sprintf("b%d", b.idx)))
		os.RemoveAll(filepath.Join(work, "bin", fmt.Sprintf("b%d", b.idx)))
	}
	el := time.Since(start)
	summary(el)
	if len(st.findings) > 0 {
		os.Exit(1)
	}
}

func summary(el time.Duration) {
	fmt.Printf("\ndifffuzz: %d programs (%d valid, %d invalid) from seed %d in %.0fs (%.0f programs/min)\n",
		st.valid+st.invalid, st.valid, st.invalid, *flagSeed, el.Seconds(), float64(st.valid+st.invalid)/el.Seconds()*60)
	fmt.Printf("difffuzz: %d compared; skipped: %d mutations Go accepts, %d generator bugs, %d nondeterministic, %d too slow under Go\n",
		st.compared, st.ineffective, st.genBugs, st.nondet, st.goTimeouts)
	fmt.Printf("difffuzz: %d differences", len(st.findings))
	if len(st.findings) > 0 {
		fmt.Printf(" (saved in %s)", *flagOut)
	}
	fmt.Println()
	groups := map[string][]finding{}
	for _, f := range st.findings {
		k := f.kind + ": " + f.sig
		groups[k] = append(groups[k], f)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(groups[keys[i]]) > len(groups[keys[j]]) || len(groups[keys[i]]) == len(groups[keys[j]]) && keys[i] < keys[j]
	})
	for _, k := range keys {
		fs := groups[k]
		var seeds []string
		for i, f := range fs {
			if i == 5 {
				seeds = append(seeds, "...")
				break
			}
			seeds = append(seeds, strconv.FormatInt(f.seed, 10))
		}
		fmt.Printf("  %4d  %s   [seeds %s]\n", len(fs), k, strings.Join(seeds, " "))
	}
	var lines []string
	for _, f := range st.findings {
		lines = append(lines, fmt.Sprintf("%d\t%s\t%s\t%s", f.seed, f.kind, f.sig, f.dir))
	}
	if len(lines) > 0 {
		p := filepath.Join(*flagOut, "summary.txt")
		fh, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			fmt.Fprintln(fh, strings.Join(lines, "\n"))
			fh.Close()
		}
	}
}

func isInvalid(seed int64) bool {
	return rand.New(rand.NewSource(seed*7919+13)).Float64() < *flagInvalid
}

func generate(seed int64, work string) *prog {
	p := &prog{seed: seed, invalid: isInvalid(seed)}
	r := progen.Generate(seed, progen.Options{Invalid: p.invalid, Avoid: avoid})
	p.src, p.mutation, p.genErr = r.Src, r.Mutation, r.Err
	dir := filepath.Join(work, "src")
	must(os.MkdirAll(dir, 0o755))
	p.srcPath = filepath.Join(dir, fmt.Sprintf("p%d.go", seed))
	must(os.WriteFile(p.srcPath, []byte(p.src), 0o644))
	return p
}

func goEnv(work string) []string {
	env := os.Environ()
	env = append(env, "GO111MODULE=on", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "CGO_ENABLED=0")
	if os.Getenv("GOCACHE") == "" {
		env = append(env, "GOCACHE=/tmp/gosh-diff-gocache")
	}
	return env
}

var pkgHeader = regexp.MustCompile(`^# fzwork/(?:b\d+|inv/b\d+)/(?:fzp|p)(\d+)$`)

// "L:C: msg", or "L: msg" where Go prints no column (from column 255 on)
var errLine = regexp.MustCompile(`main\.go:(\d+(?::\d+)?: .*)$`)

// buildBatch builds the batch's valid programs into one driver, and the
// invalid ones as separate packages (whose first errors it records).
func buildBatch(work string, b int, ps []*prog) {
	mod := filepath.Join(work, "mod")
	var valid, invalid []*prog
	for _, p := range ps {
		if p.genErr != nil {
			continue
		}
		if p.invalid {
			invalid = append(invalid, p)
		} else {
			valid = append(valid, p)
		}
	}
	// invalid programs: package main each
	if len(invalid) > 0 {
		var args []string
		for _, p := range invalid {
			d := filepath.Join(mod, "inv", fmt.Sprintf("b%d", b), fmt.Sprintf("p%d", p.seed))
			must(os.MkdirAll(d, 0o755))
			must(os.WriteFile(filepath.Join(d, "main.go"), []byte(p.src), 0o644))
			args = append(args, fmt.Sprintf("./inv/b%d/p%d", b, p.seed))
			p.goBuilt = true
		}
		out := goBuild(mod, work, filepath.Join(work, "bin", fmt.Sprintf("b%d", b), "inv")+"/", args)
		cur := int64(-1)
		for _, line := range strings.Split(out, "\n") {
			if m := pkgHeader.FindStringSubmatch(line); m != nil {
				cur, _ = strconv.ParseInt(m[1], 10, 64)
				for _, p := range invalid {
					if p.seed == cur {
						p.goBuilt = false
					}
				}
				continue
			}
			if m := errLine.FindStringSubmatch(line); m != nil && cur >= 0 {
				for _, p := range invalid {
					if p.seed == cur && p.goBuildErr == "" {
						p.goBuildErr = m[1]
					}
				}
			}
		}
	}
	// valid programs: packages fzpSEED and a driver
	for _, p := range valid {
		d := filepath.Join(mod, fmt.Sprintf("b%d", b), fmt.Sprintf("fzp%d", p.seed))
		must(os.MkdirAll(d, 0o755))
		src := strings.Replace(p.src, "\npackage main\n", fmt.Sprintf("\npackage fzp%d\n", p.seed), 1)
		src = strings.Replace(src, "\nfunc main() {", "\nfunc Main() {", 1)
		must(os.WriteFile(filepath.Join(d, "main.go"), []byte(src), 0o644))
	}
	for tries := 0; len(valid) > 0 && tries < 5; tries++ {
		var drv strings.Builder
		drv.WriteString("package main\n\nimport (\n\t\"os\"\n")
		for _, p := range valid {
			fmt.Fprintf(&drv, "\tfzp%d \"fzwork/b%d/fzp%d\"\n", p.seed, b, p.seed)
		}
		drv.WriteString(")\n\nfunc main() {\n\tswitch os.Args[1] {\n")
		for _, p := range valid {
			fmt.Fprintf(&drv, "\tcase \"%d\":\n\t\tfzp%d.Main()\n", p.seed, p.seed)
		}
		drv.WriteString("\t}\n}\n")
		dd := filepath.Join(mod, fmt.Sprintf("b%d", b), "drv")
		must(os.MkdirAll(dd, 0o755))
		must(os.WriteFile(filepath.Join(dd, "main.go"), []byte(drv.String()), 0o644))
		bin := filepath.Join(work, "bin", fmt.Sprintf("b%d", b), "drv")
		out := goBuild(mod, work, bin, []string{fmt.Sprintf("./b%d/drv", b)})
		if _, err := os.Stat(bin); err == nil && out == "" {
			for _, p := range valid {
				p.goBuilt = true
			}
			return
		}
		// drop the programs that do not compile: generator bugs
		bad := map[int64]string{}
		cur := int64(-1)
		for _, line := range strings.Split(out, "\n") {
			if m := pkgHeader.FindStringSubmatch(line); m != nil {
				cur, _ = strconv.ParseInt(m[1], 10, 64)
				bad[cur] = ""
				continue
			}
			if cur >= 0 && bad[cur] == "" {
				bad[cur] = line
			}
		}
		if len(bad) == 0 {
			fatal(fmt.Errorf("go build of batch %d failed:\n%s", b, out))
		}
		var keep []*prog
		for _, p := range valid {
			if msg, ok := bad[p.seed]; ok {
				p.genErr = fmt.Errorf("go build: %s", msg)
			} else {
				keep = append(keep, p)
			}
		}
		valid = keep
	}
}

func goBuild(mod, work, out string, pkgs []string) string {
	// no optimisation of the generated packages: compiles faster, and
	// the programs do nothing whose meaning optimisation could change
	args := append([]string{"build", "-p", strconv.Itoa(*flagJ), "-gcflags=fzwork/...=-N -l", "-ldflags=-s -w", "-o", out}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Dir = mod
	cmd.Env = goEnv(work)
	b, _ := cmd.CombinedOutput()
	return string(b)
}

type result struct {
	out, err []byte
	rc       int
	timeout  bool
}

func run(timeout time.Duration, name string, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = nil
	err := cmd.Run()
	r := result{out: out.Bytes(), err: errb.Bytes()}
	if ctx.Err() != nil {
		r.timeout = true
		r.rc = -1
		return r
	}
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			r.rc = ee.ExitCode()
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				r.rc = 128 + int(ws.Signal())
			}
		} else {
			r.rc = -2
			r.err = append(r.err, []byte(err.Error())...)
		}
	}
	return r
}

func runBatch(work string, b int, ps []*prog, gosh string) {
	drv := filepath.Join(work, "bin", fmt.Sprintf("b%d", b), "drv")
	jobs := make(chan *prog)
	var wg sync.WaitGroup
	for w := 0; w < *flagJ; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				check(p, drv, gosh)
			}
		}()
	}
	for _, p := range ps {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
}

func check(p *prog, drv, gosh string) {
	st.mu.Lock()
	if p.invalid {
		st.invalid++
	} else {
		st.valid++
	}
	st.mu.Unlock()
	if p.genErr != nil {
		st.mu.Lock()
		st.genBugs++
		st.mu.Unlock()
		saveGenBug(p, "generator", p.genErr.Error())
		return
	}
	if p.invalid {
		if p.goBuilt || p.goBuildErr == "" {
			st.mu.Lock()
			st.ineffective++
			st.mu.Unlock()
			return
		}
		g := runGosh(gosh, p.srcPath)
		first := ""
		for _, l := range strings.Split(string(g.err), "\n") {
			if i := strings.Index(l, ".go:"); i >= 0 && strings.HasPrefix(l, p.srcPath) {
				first = l[i+4:]
				break
			}
		}
		st.mu.Lock()
		st.compared++
		st.mu.Unlock()
		if g.rc != 1 || first != p.goBuildErr {
			kind := "compile-error"
			sig := msgDiff(normMsg(msgOnly(p.goBuildErr)), normMsg(msgOnly(first)))
			if g.rc != 1 {
				kind = "accepts-invalid"
				if g.timeout || g.rc >= 128 || g.rc < 0 {
					kind = "crash"
				}
				sig = fmt.Sprintf("go %q, gosh exit %d", normMsg(msgOnly(p.goBuildErr)), g.rc)
			} else if msgOnly(first) == msgOnly(p.goBuildErr) {
				sig = fmt.Sprintf("position of %q", normMsg(msgOnly(first)))
			}
			report(p, kind, sig, result{err: []byte(p.goBuildErr + "\n"), rc: 1}, g)
		}
		return
	}
	if !p.goBuilt {
		return
	}
	name := fmt.Sprintf("fzp%d.", p.seed)
	r1 := run(*flagTimeout, drv, strconv.FormatInt(p.seed, 10))
	if r1.timeout {
		st.mu.Lock()
		st.goTimeouts++
		st.mu.Unlock()
		saveGenBug(p, "go-timeout", "the program runs too long under Go")
		return
	}
	r2 := run(*flagTimeout, drv, strconv.FormatInt(p.seed, 10))
	if !bytes.Equal(r1.out, r2.out) || r1.rc != r2.rc || panicLines(r1.err) != panicLines(r2.err) {
		st.mu.Lock()
		st.nondet++
		st.mu.Unlock()
		saveGenBug(p, "nondeterministic", "two runs under Go differ")
		return
	}
	r1.out = bytes.ReplaceAll(r1.out, []byte(name), []byte("main."))
	r1.err = bytes.ReplaceAll(r1.err, []byte(name), []byte("main."))
	g := runGosh(gosh, p.srcPath)
	st.mu.Lock()
	st.compared++
	st.mu.Unlock()
	kind, sig := compare(r1, g)
	if kind != "" {
		report(p, kind, sig, r1, g)
	}
}

func runGosh(gosh, path string) result {
	if *flagMemKB > 0 {
		return run(*flagTimeout*2, "/bin/sh", "-c", fmt.Sprintf("ulimit -v %d; exec \"$0\" \"$1\"", *flagMemKB), gosh, path)
	}
	return run(*flagTimeout*2, gosh, path)
}

var panicRe = regexp.MustCompile(`(?m)^(\t?panic: .*|fatal error: .*)$`)

func panicLines(stderr []byte) string {
	return strings.Join(panicRe.FindAllString(string(stderr), -1), "\n")
}

func firstPanic(stderr []byte) string {
	m := panicRe.FindString(string(stderr))
	return m
}

func compare(goR, g result) (string, string) {
	if g.timeout {
		return "gosh-timeout", "gosh does not finish"
	}
	if g.rc == 1 && goR.rc != 1 {
		first := strings.SplitN(string(g.err), "\n", 2)[0]
		if i := strings.Index(first, ".go:"); i >= 0 {
			first = first[i+4:]
		}
		return "rejects-valid", normMsg(msgOnly(first))
	}
	if g.rc >= 128 || g.rc < 0 || (g.rc > 2 && g.rc != goR.rc) {
		first := strings.SplitN(string(g.err), "\n", 2)[0]
		return "crash", fmt.Sprintf("exit %d: %s", g.rc, normMsg(first))
	}
	if goR.rc == 2 || g.rc == 2 {
		gp, hp := firstPanic(goR.err), firstPanic(g.err)
		if gp != hp {
			return "panic", msgDiff(normMsg(gp), normMsg(hp))
		}
	}
	if !bytes.Equal(goR.out, g.out) {
		return "stdout", firstDiff(goR.out, g.out)
	}
	if goR.rc != g.rc {
		return "exit-status", fmt.Sprintf("go %d, gosh %d", goR.rc, g.rc)
	}
	if gl, hl := panicLines(goR.err), panicLines(g.err); gl != hl {
		return "panic-chain", fmt.Sprintf("go %q, gosh %q", normMsg(gl), normMsg(hl))
	}
	return "", ""
}

func firstDiff(a, b []byte) string {
	al := strings.Split(string(a), "\n")
	bl := strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d: go %q, gosh %q", i+1, clip(x), clip(y))
		}
	}
	return "?"
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

// msgDiff shows two messages, from where they start to differ when they
// share a long beginning.
func msgDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i > 30 {
		i -= 15
		return fmt.Sprintf("go %q, gosh %q", "..."+clip(a[i:]), "..."+clip(b[i:]))
	}
	return fmt.Sprintf("go %q, gosh %q", clip(a), clip(b))
}

func msgOnly(s string) string {
	// "L:C: msg" -> "msg"
	parts := strings.SplitN(s, ": ", 2)
	if len(parts) == 2 {
		return parts[1]
	}
	return s
}

var identRe = regexp.MustCompile(`\b([A-Za-z_]+)[0-9]+\b`)
var numRe = regexp.MustCompile(`\b[0-9]+\b|0x[0-9a-f]+`)

// normMsg makes signatures of similar differences equal: generated names
// (v12, Point3) lose their numbers, numbers become N.
func normMsg(s string) string {
	s = identRe.ReplaceAllString(s, "$1#")
	s = numRe.ReplaceAllString(s, "N")
	return s
}

func report(p *prog, kind, sig string, goR, g result) {
	dir := filepath.Join(*flagOut, fmt.Sprintf("%d-%s", p.seed, kind))
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "prog.go"), []byte(p.src), 0o644)
	os.WriteFile(filepath.Join(dir, "go.stdout"), goR.out, 0o644)
	os.WriteFile(filepath.Join(dir, "go.stderr"), goR.err, 0o644)
	os.WriteFile(filepath.Join(dir, "gosh.stdout"), g.out, 0o644)
	os.WriteFile(filepath.Join(dir, "gosh.stderr"), g.err, 0o644)
	info := fmt.Sprintf("seed: %d\nmode: %s\nmutation: %s\nkind: %s\ndifference: %s\ngo exit: %d\ngosh exit: %d\nreproduce: go run ./gen -seed %d%s > prog.go\n",
		p.seed, mode(p), p.mutation, kind, sig, goR.rc, g.rc, p.seed, map[bool]string{true: " -invalid", false: ""}[p.invalid])
	os.WriteFile(filepath.Join(dir, "info.txt"), []byte(info), 0o644)
	st.mu.Lock()
	st.findings = append(st.findings, finding{p.seed, kind, sig, dir})
	st.mu.Unlock()
	if !*flagQuiet {
		fmt.Printf("DIFF seed %d %s: %s\n", p.seed, kind, sig)
	}
}

func mode(p *prog) string {
	if p.invalid {
		return "invalid"
	}
	return "valid"
}

func saveGenBug(p *prog, kind, msg string) {
	dir := filepath.Join(*flagOut, "generator", fmt.Sprintf("%d-%s", p.seed, kind))
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "prog.go"), []byte(p.src), 0o644)
	os.WriteFile(filepath.Join(dir, "info.txt"), []byte(fmt.Sprintf("seed: %d\nmode: %s\nproblem: %s\n", p.seed, mode(p), msg)), 0o644)
	if !*flagQuiet {
		fmt.Printf("GENERATOR seed %d %s: %s\n", p.seed, kind, clip(msg))
	}
}

func must(err error) {
	if err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "runner:", err)
	os.Exit(2)
}
