// Package testing: what gosh test runs a package's tests with. Its output
// is go test's (Go 1.19's testing.go is the reference): "=== RUN" lines,
// logs as "    file.go:12: text", "--- PASS/FAIL/SKIP: Name (0.00s)",
// subtests' reports indented under their parent's, "=== CONT" when the
// test printing changes. Tests run one at a time (parallel ones too, once
// released), each on a goroutine of its own, so that FailNow and SkipNow
// can end it with runtime.Goexit.
package testing

import (
	"fmt"
	"math/rand"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// frameFunc names the function skip frames up (testing.c).
func frameFunc(skip int) string

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

type common struct {
	output   []byte
	parent   *common
	toStdout bool // reports go to standard output, not to parent's output
	name     string
	level    int
	failed   bool
	skipped  bool
	finished bool
	done     bool
	helpers  map[string]bool
	cleanups []func()
	start    time.Time
	duration time.Duration
	subNames map[string]int
	// t.Parallel: the test's own, and its paused subtests
	isParallel bool
	signal     chan bool
	release    chan bool
	paused     []*T
	tempDirs []string
	isBench  bool
}

// T is a test's state, handed to its Test function.
type T struct {
	common
}

// InternalTest is one Test function, as gosh test's generated main lists them.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalExample is one Example function and the output it must print.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// InternalBenchmark is one Benchmark function.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

var (
	chatty    bool
	lastName  string
	runAlts   [][]*regexp.Regexp
	failFast  bool
	short     bool
	count     = 1
	pkgName   = "command-line-arguments"
	startTime time.Time
	anyFailed bool
	benchPat  *regexp.Regexp
	listMode  bool
	// -test.list's pattern ("": run, do not list) and -test.shuffle's value
	listPat = ""
	shuffle = "off"
)

// Short reports whether -short was given.
func Short() bool { return short }

// Verbose reports whether -v was given.
func Verbose() bool { return chatty }

// Testing reports whether this is a test binary: always, under gosh test.
func Testing() bool { return true }

// chattyPrintf prints what test [name] says, after "=== CONT  name" when
// the last thing printed came from another test.
func chattyPrintf(name string, s string) {
	if lastName == "" {
		lastName = name
	} else if lastName != name {
		fmt.Printf("=== CONT  %s\n", name)
		lastName = name
	}
	fmt.Print(s)
}

// frameSkip: the file and line of the first call on the stack from
// outside package testing and not in a helper. The depth a call to Log
// comes from is not counted, as Go does, but found: a promoted method
// may or may not be a frame of its own.
func (c *common) frameSkip(skip int) (string, int) {
	for i := 1; i < 100; i++ {
		fn := frameFunc(i)
		if fn == "" {
			break
		}
		if strings.HasPrefix(fn, "testing.") || c.helpers[fn] {
			continue
		}
		_, file, line, ok := runtime.Caller(i)
		if !ok {
			break
		}
		return file, line
	}
	return "", 0
}

func (c *common) decorate(s string, skip int) string {
	file, line := c.frameSkip(skip + 1)
	if file != "" {
		if i := strings.LastIndex(file, "/"); i >= 0 {
			file = file[i+1:]
		}
	} else {
		file = "???"
	}
	if line == 0 {
		line = 1
	}
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if l := len(lines); l > 1 && lines[l-1] == "" {
		lines = lines[:l-1]
	}
	for i, ln := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(ln)
	}
	b.WriteByte('\n')
	return b.String()
}

func (c *common) logDepth(s string, depth int) {
	if c.done {
		for p := c.parent; p != nil; p = p.parent {
			if !p.done {
				p.output = append(p.output, p.decorate(s, depth+1)...)
				return
			}
		}
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if chatty {
		if c.isBench {
			fmt.Print(c.decorate(s, depth+1))
		} else {
			chattyPrintf(c.name, c.decorate(s, depth+1))
		}
		return
	}
	c.output = append(c.output, c.decorate(s, depth+1)...)
}

func (c *common) log(s string) { c.logDepth(s, 3) }

// Name is the test's name, subtests' with their parents': TestA/sub.
func (c *common) Name() string { return c.name }

// Fail marks the test failed, and goes on running it.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the test has failed.
func (c *common) Failed() bool { return c.failed }

// FailNow marks the test failed and ends it (runtime.Goexit): the
// deferred calls of the test run, then the next test.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

func (c *common) Log(args ...any)                 { c.log(fmt.Sprintln(args...)) }
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test skipped and ends it, as FailNow does.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// Helper marks its caller a helper: the lines logs report are its callers'.
func (c *common) Helper() {
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	for i := 1; i < 100; i++ {
		fn := frameFunc(i)
		if fn == "" {
			return
		}
		if !strings.HasPrefix(fn, "testing.") {
			c.helpers[fn] = true
			return
		}
	}
}

// Cleanup registers f to run when the test and its subtests have ended,
// the last registered first.
func (c *common) Cleanup(f func()) {
	c.cleanups = append(c.cleanups, f)
}

// Setenv sets an environment variable for the test, restored after it.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// TempDir makes a directory for the test, removed when it ends.
func (c *common) TempDir() string {
	dir, err := os.MkdirTemp("", "gosh-test")
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	c.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

func (c *common) runCleanups() {
	for len(c.cleanups) > 0 {
		n := len(c.cleanups) - 1
		f := c.cleanups[n]
		c.cleanups = c.cleanups[:n]
		f()
	}
}

// Parallel pauses the test until its parent's function has returned,
// as Go's does, printing "=== PAUSE" and then "=== CONT". The paused
// tests then go on one at a time, in the order they paused (Go runs them
// together, in an order of its own).
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.isParallel = true
	if t.parent == nil {
		return
	}
	if chatty {
		lastName = t.name
		fmt.Printf("=== PAUSE %s\n", t.name)
	}
	t.release = make(chan bool)
	t.parent.paused = append(t.parent.paused, t)
	t.signal <- true // the parent's Run returns
	<-t.release
	if chatty {
		lastName = t.name
		fmt.Printf("=== CONT  %s\n", t.name)
	}
	t.start = time.Now()
}

// runPaused lets the parallel subtests of c go on, one after another.
func (c *common) runPaused() {
	for len(c.paused) > 0 && !testPanicked {
		sub := c.paused[0]
		c.paused = c.paused[1:]
		sub.release <- true
		<-sub.signal
	}
}

// Deadline: no -timeout under gosh.
func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// flush writes the header line and the test's output where its reports
// go: standard output for a top-level test, its parent's output, each
// line indented, for a subtest.
func (c *common) flush(format string, args ...any) {
	s := fmt.Sprintf(format, args...) + string(c.output)
	c.output = c.output[:0]
	if c.parent.toStdout {
		lastName = c.name
		fmt.Print(s)
		return
	}
	p := c.parent
	for len(s) > 0 {
		end := strings.IndexByte(s, '\n')
		if end == -1 {
			end = len(s)
		} else {
			end++
		}
		p.output = append(p.output, "    "...)
		p.output = append(p.output, s[:end]...)
		s = s[end:]
	}
}

func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flush(format, "FAIL", t.name, dstr)
	} else if chatty {
		if t.Skipped() {
			t.flush(format, "SKIP", t.name, dstr)
		} else {
			t.flush(format, "PASS", t.name, dstr)
		}
	}
}

// rewrite makes a subtest's name as Go does: spaces become underscores,
// unprintable runes their quoted escapes.
func rewrite(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			b.WriteByte('_')
		case r < ' ' || r == 0x7f:
			q := fmt.Sprintf("%q", string(r))
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// matches: whether -run selects the test of this full name: one of the
// pattern's alternatives matches each of the name's /-elements that it
// has an element for.
func matches(name string) bool {
	if len(runAlts) == 0 {
		return true
	}
	elems := strings.Split(name, "/")
	for _, alt := range runAlts {
		ok := true
		for i := 0; i < len(elems) && i < len(alt); i++ {
			if !alt[i].MatchString(elems[i]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// splitPattern: -run's pattern cut, as Go cuts it, at the | and then the
// / that are outside brackets and parentheses.
func splitPattern(pat string, sep byte) []string {
	var parts []string
	depth, inClass, start := 0, false, 0
	for i := 0; i < len(pat); i++ {
		switch c := pat[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == sep && depth == 0:
			parts = append(parts, pat[start:i])
			start = i + 1
		}
	}
	return append(parts, pat[start:])
}

// subNames: how many subtests of each full name ran, for "#01"
// suffixes (kept across -count runs, as Go's matcher keeps them).
var subNames = map[string]int{}

func (c *common) uniqueName(sub string) string {
	if c.parent == nil {
		return sub
	}
	name := c.name + "/" + rewrite(sub)
	empty := sub == ""
	for {
		next, exists := subNames[name]
		if !empty && !exists {
			subNames[name] = 1
			return name
		}
		subNames[name] = next + 1
		name = fmt.Sprintf("%s#%02d", name, next)
		empty = false
	}
}

var testPanic any
var testPanicked bool

// Run runs f as the subtest name of t, and reports whether it passed.
func (t *T) Run(name string, f func(t *T)) bool {
	full := t.uniqueName(name)
	if !matches(full) {
		return true
	}
	sub := &T{common{parent: &t.common, name: full, level: t.level + 1}}
	if t.parent == nil {
		sub.level = 1
	}
	if chatty {
		lastName = sub.name
		fmt.Printf("=== RUN   %s\n", sub.name)
	}
	sub.signal = make(chan bool)
	go tRunner(sub, f, sub.signal)
	<-sub.signal
	if testPanicked {
		// a test panicked: its parents fail too, each reported, and the
		// run ends with the panic, as in Go
		if t.parent == nil {
			return false
		}
		t.duration = time.Since(t.start)
		t.Fail()
		t.done = true
		t.report()
		runtime.Goexit()
	}
	return !sub.failed
}

func tRunner(t *T, fn func(t *T), done chan bool) {
	t.start = time.Now()
	defer func() {
		err := recover()
		t.duration = time.Since(t.start)
		if err == nil && testPanicked {
			// a subtest's panic: Run reported this test already
			done <- true
			return
		}
		if err != nil {
			t.Fail()
			t.runCleanups()
			t.done = true
			t.report()
			testPanic = err
			testPanicked = true
			done <- true
			return
		}
		t.runPaused()
		if testPanicked {
			done <- true
			return
		}
		t.runCleanups()
		t.duration = time.Since(t.start)
		t.done = true
		t.report()
		done <- true
	}()
	fn(t)
}

func panicText(v any) string {
	switch x := v.(type) {
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// M is what TestMain is given to run the tests with.
type M struct {
	code       int
	tests      []InternalTest
	examples   []InternalExample
	benchmarks []InternalBenchmark
}

func parseFlags(args []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		val := func() string {
			if j := strings.IndexByte(a, '='); j >= 0 {
				return a[j+1:]
			}
			i++
			if i < len(args) {
				return args[i]
			}
			return ""
		}
		key := a
		if j := strings.IndexByte(a, '='); j >= 0 {
			key = a[:j]
		}
		switch key {
		case "-test.v":
			chatty = true
		case "-test.short":
			short = true
		case "-test.failfast":
			failFast = true
		case "-test.run":
			pat := val()
			if pat != "" {
				for _, a := range splitPattern(pat, '|') {
					var alt []*regexp.Regexp
					for i, p := range splitPattern(a, '/') {
						re, err := regexp.Compile(p)
						if err != nil {
							fmt.Printf("testing: invalid regexp for element %d of -test.run (%q): %s\n", i, p, err)
							os.Exit(1)
						}
						alt = append(alt, re)
					}
					runAlts = append(runAlts, alt)
				}
			}
		case "-test.bench":
			re, err := regexp.Compile(val())
			if err != nil {
				fmt.Printf("testing: invalid regexp for -test.bench: %s\n", err)
				os.Exit(1)
			}
			benchPat = re
		case "-test.benchtime":
			v := val()
			if strings.HasSuffix(v, "x") {
				n, err := strconv.Atoi(v[:len(v)-1])
				if err != nil || n <= 0 {
					fmt.Printf("invalid value %q for flag -test.benchtime: invalid count\n", v)
					os.Exit(2)
				}
				benchTime.n = n
			} else {
				d, err := time.ParseDuration(v)
				if err != nil || d <= 0 {
					fmt.Printf("invalid value %q for flag -test.benchtime: invalid duration\n", v)
					os.Exit(2)
				}
				benchTime.d = d
			}
		case "-test.count":
			n, err := strconv.Atoi(val())
			if err != nil || n < 1 {
				n = 1
			}
			count = n
		case "-test.list":
			listPat = val()
		case "-test.shuffle":
			shuffle = val()
		case "-gosh.pkg":
			pkgName = val()
		case "-gosh.list":
			listMode = true
		}
	}
}

// MainStart makes the M that gosh test's generated main runs.
func MainStart(tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	startTime = time.Now()
	parseFlags(os.Args[1:])
	return &M{tests: tests, examples: examples, benchmarks: benchmarks}
}

// Run runs the tests and examples, and returns the exit status: 0 when
// they all passed.
func (m *M) Run() (code int) {
	defer func() { m.code = code }()
	if listPat != "" {
		m.list()
		return 0
	}
	if shuffle != "off" {
		var n int64
		if shuffle == "on" {
			n = time.Now().UnixNano()
		} else {
			var err error
			n, err = strconv.ParseInt(shuffle, 10, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, `testing: -shuffle should be "off", "on", or a valid integer:`, err)
				return 2
			}
		}
		// Go's order for the seed: the tests, then the benchmarks, from one source
		fmt.Println("-test.shuffle", n)
		rng := rand.New(rand.NewSource(n))
		rng.Shuffle(len(m.tests), func(i, j int) { m.tests[i], m.tests[j] = m.tests[j], m.tests[i] })
		rng.Shuffle(len(m.benchmarks), func(i, j int) { m.benchmarks[i], m.benchmarks[j] = m.benchmarks[j], m.benchmarks[i] })
	}
	root := &T{common{name: "", toStdout: true}}
	ran := false
	for n := 0; n < count; n++ {
		for _, test := range m.tests {
			if failFast && anyFailed {
				break
			}
			if !matches(test.Name) {
				continue
			}
			ran = true
			if !root.Run(test.Name, test.F) {
				anyFailed = true
			}
			if testPanicked {
				break
			}
		}
		root.runPaused()
		if root.failed {
			anyFailed = true
		}
		if testPanicked {
			fmt.Printf("panic: %s [recovered]\n\tpanic: %s\n\ngoroutine 1 [running]:\n", panicText(testPanic), panicText(testPanic))
			return 2
		}
	}
	// examples run once, after the tests, whatever -count says
	for _, ex := range m.examples {
		if failFast && anyFailed {
			break
		}
		if !matches(ex.Name) {
			continue
		}
		ran = true
		if !runExample(ex) {
			anyFailed = true
		}
	}
	runBenchmarks(m.benchmarks)
	if !ran && benchPat == nil {
		fmt.Println("testing: warning: no tests to run")
	}
	if anyFailed {
		fmt.Println("FAIL")
		return 1
	}
	// go test shows a passing package's output only with -v, or when
	// run on the folder it is in with no package named
	if chatty || !listMode {
		fmt.Println("PASS")
	}
	return 0
}

// list prints the names -test.list matches: tests, benchmarks, then
// examples (those with an output comment, the ones go test runs).
func (m *M) list() {
	re, err := regexp.Compile(listPat)
	if err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", listPat, err)
		os.Exit(1)
	}
	for _, t := range m.tests {
		if re.MatchString(t.Name) {
			fmt.Println(t.Name)
		}
	}
	for _, b := range m.benchmarks {
		if re.MatchString(b.Name) {
			fmt.Println(b.Name)
		}
	}
	for _, e := range m.examples {
		if re.MatchString(e.Name) {
			fmt.Println(e.Name)
		}
	}
}

// MainExit ends the test binary with Run's status (gosh test prints go
// test's last line as it exits).
func MainExit(m *M, code int) {
	os.Exit(code)
}

// ExitCode is what Run returned (TestMain's status when it returns).
func (m *M) ExitCode() int { return m.code }

// captureStart and captureStop hold what the program prints and hand it
// back (testing.c), for an Example's output.
func captureStart()
func captureStop() string

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// runExample runs an Example function and compares what it printed with
// its // Output: comment, as Go does.
func runExample(eg InternalExample) (ok bool) {
	if chatty {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captureStart()
	start := time.Now()
	finished := false
	defer func() {
		out := captureStop()
		recovered := recover()
		ok = eg.processRunResult(out, time.Since(start), finished, recovered)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if chatty {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	}
	return
}

// B is a benchmark's state: run the code measured b.N times.
type B struct {
	common
	N       int
	f       func(b *B)
	timerOn bool
	startT  time.Time
	dur     time.Duration
	bytes   int64
}

// benchTime: -benchtime, a duration or a count of iterations (Nx).
var benchTime = struct {
	d time.Duration
	n int
}{d: time.Second}

func (b *B) StartTimer() {
	if !b.timerOn {
		b.startT = time.Now()
		b.timerOn = true
	}
}

func (b *B) StopTimer() {
	if b.timerOn {
		b.dur += time.Since(b.startT)
		b.timerOn = false
	}
}

func (b *B) ResetTimer() {
	if b.timerOn {
		b.startT = time.Now()
	}
	b.dur = 0
}

// ReportAllocs: gosh does not count allocations.
func (b *B) ReportAllocs()          {}
func (b *B) SetBytes(n int64)       { b.bytes = n }
func (b *B) Elapsed() time.Duration { return b.dur }

// runN runs the benchmark once with b.N = n, on a goroutine of its own
// (FailNow ends it).
func (b *B) runN(n int) {
	b.N = n
	b.dur = 0
	b.timerOn = false
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		b.StartTimer()
		b.f(b)
		b.StopTimer()
	}()
	<-done
}

// launch grows b.N until a run takes -benchtime, as Go's does.
func (b *B) launch() {
	if benchTime.n > 0 {
		if benchTime.n > 1 {
			b.runN(benchTime.n)
		}
		return
	}
	d := benchTime.d
	for n := int64(1); !b.failed && b.dur < d && n < 1e9; {
		last := n
		goalns := d.Nanoseconds()
		prevIters := int64(b.N)
		prevns := b.dur.Nanoseconds()
		if prevns <= 0 {
			prevns = 1
		}
		n = goalns * prevIters / prevns
		n += n / 5
		if n > 100*last {
			n = 100 * last
		}
		if n < last+1 {
			n = last + 1
		}
		if n > 1e9 {
			n = 1e9
		}
		b.runN(int(n))
	}
}

func prettyPrint(b *strings.Builder, x float64, unit string) {
	var format string
	y := x
	if y < 0 {
		y = -y
	}
	switch {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(b, format, x, unit)
}

func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// cpuName: the processor's model, from /proc/cpuinfo.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "model name") {
			if i := strings.Index(line, ":"); i >= 0 {
				return strings.TrimSpace(line[i+1:])
			}
		}
	}
	return ""
}

// runBenchmarks runs those -bench selects, after the tests, printing
// go test's lines: "BenchmarkX-2   \t     100\t  3.410 ns/op".
func runBenchmarks(bs []InternalBenchmark) {
	if benchPat == nil {
		return
	}
	procs := runtime.GOMAXPROCS(0)
	ext := len(benchmarkName("", procs))
	maxLen := 0
	var run []InternalBenchmark
	for _, bm := range bs {
		if benchPat.MatchString(bm.Name) {
			run = append(run, bm)
			if l := len(benchmarkName(bm.Name, procs)) + ext + 1; l > maxLen {
				maxLen = l
			}
		}
	}
	if len(run) == 0 {
		return
	}
	fmt.Printf("goos: %s\ngoarch: %s\npkg: %s\n", runtime.GOOS, runtime.GOARCH, pkgName)
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
	for _, bm := range run {
		for k := 0; k < count; k++ {
			b := &B{common: common{name: bm.Name, isBench: true}, f: bm.F}
			name := benchmarkName(bm.Name, procs)
			if chatty {
				fmt.Println(bm.Name)
			} else {
				fmt.Printf("%-*s\t", maxLen, name)
			}
			b.runN(1)
			if b.failed {
				fmt.Printf("--- FAIL: %s\n%s", bm.Name, b.output)
				anyFailed = true
				continue
			}
			b.launch()
			if b.failed {
				fmt.Printf("--- FAIL: %s\n%s", name, b.output)
				anyFailed = true
				continue
			}
			var r strings.Builder
			fmt.Fprintf(&r, "%8d", b.N)
			if ns := float64(b.dur.Nanoseconds()) / float64(b.N); ns != 0 {
				r.WriteByte('\t')
				prettyPrint(&r, ns, "ns/op")
			}
			if b.bytes > 0 && b.dur > 0 {
				fmt.Fprintf(&r, "\t%7.2f MB/s", float64(b.bytes)*float64(b.N)/1e6/b.dur.Seconds())
			}
			if chatty {
				fmt.Printf("%-*s\t", maxLen, name)
			}
			fmt.Println(r.String())
			if len(b.output) > 0 {
				fmt.Printf("--- BENCH: %s\n%s", name, b.output)
			}
		}
	}
}
