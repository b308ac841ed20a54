// printf wrappers that are methods: Logf forwards to a *log.Logger, Info
// to Println, Tracef to Logf; calls through a value, a pointer and an
// embedded (promoted) field are checked, named as go vet names them.
package main

import (
	"fmt"
	"log"
	"os"
)

type Logger struct {
	prefix string
	l      *log.Logger
}

func (lg *Logger) Logf(format string, args ...interface{}) {
	lg.l.Printf(format, args...)
}

func (lg Logger) Info(args ...interface{}) {
	fmt.Println(args...)
}

func (lg *Logger) Tracef(format string, args ...interface{}) {
	lg.Logf(format, args...)
}

type Outer struct{ *Logger }

func main() {
	lg := &Logger{"x", log.New(os.Stdout, "", 0)}
	lg.Logf("%d\n", "s")
	lg.Info("a %s", "b")
	lg.Tracef("%s %s", "b")
	var v Logger = *lg
	v.Logf("%q", 1.5)
	o := Outer{lg}
	o.Logf("%d", "x")
	lg.Logf("%d ok", 1)
}

// Vet:
// printf_wrapper_method.go:33:2: (*command-line-arguments.Logger).Logf format %d has arg "s" of wrong type string
// printf_wrapper_method.go:34:2: (command-line-arguments.Logger).Info call has possible formatting directive %s
// printf_wrapper_method.go:35:2: (*command-line-arguments.Logger).Tracef format %s reads arg #2, but call has 1 arg
// printf_wrapper_method.go:37:2: (*command-line-arguments.Logger).Logf format %q has arg 1.5 of wrong type float64
// printf_wrapper_method.go:39:2: (*command-line-arguments.Logger).Logf format %d has arg "x" of wrong type string
