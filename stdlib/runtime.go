// Package runtime: the types of run-time panics, and goroutine control.
// The virtual machine raises its panics with the error types declared here
// (loaded with every program), so recover() hands back values that satisfy
// error and runtime.Error, as in Go.
package runtime

type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

type boundsError string

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + string(e) }

type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

// gosh runs on Linux; GOARCH is the architecture gosh was built for (a
// variable here, a constant in Go).
const GOOS = "linux"

var GOARCH = goarch()

func goarch() string

func NumCPU() int
func GC()
func GOMAXPROCS(n int) int
func NumGoroutine() int
func Gosched()
func Goexit()

// Caller reports the file and line of a call on the calling goroutine's
// stack: skip 0 is the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
