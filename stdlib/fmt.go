// Package fmt: formatted I/O as in Go. The formatting engine is native
// (stdlib/format.c); error wrapping is written here.
package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintln(a ...any) string
func Sprint(a ...any) string
func Sprintf(format string, a ...any) string

// The Fprint functions format as Sprint does and make one Write call.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Append formats onto b (Go 1.19's Append, Appendln and Appendf).
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats as Errorf does; it also returns the operand of the %w
// verb, if the format has one and it is an error.
func errorf(format string, a []any) (string, error)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w == nil {
		return errors.New(s)
	}
	return &wrapError{s, w}
}
