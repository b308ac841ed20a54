// Package fmt: formatted I/O as in Go. The formatting engine is native
// (stdlib/format.c); error wrapping is written here.
package fmt

import "errors"

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

// wrapIndex reports which argument a %w verb consumes, or -1.
func wrapIndex(format string) int

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	w := wrapIndex(format)
	if w >= 0 && w < len(a) {
		if e, ok := a[w].(error); ok {
			return &wrapError{s, e}
		}
	}
	return errors.New(s)
}
