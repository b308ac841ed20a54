// printf wrappers: a function that passes its `format string, args
// ...interface{}` on to Printf (or its args to Println) is checked where
// it is called, as Printf is, and so is a wrapper of a wrapper; one that
// forgets the ... is reported. logf's prefix is printed apart: with
// "[log] "+format it would not pass its format on, and not be a wrapper.
package main

import (
	"fmt"
	"log"
	"os"
)

func logf(format string, args ...interface{}) {
	fmt.Print("[log] ")
	fmt.Printf(format, args...)
}

func debugf(format string, args ...interface{}) {
	logf(format, args...)
}

func warn(args ...interface{}) {
	fmt.Fprintln(os.Stderr, args...)
}

func bad(format string, args ...interface{}) {
	fmt.Printf(format, args)
}

func badPrint(args ...interface{}) {
	log.Print(args)
}

func errf(format string, args ...interface{}) error {
	return fmt.Errorf(format, args...)
}

func notWrapper(format string, args ...interface{}) {
	format = "x" + format
	fmt.Printf(format, args...)
}

func main() {
	logf("%d\n", "x")
	debugf("%s %s\n", "a")
	warn("hello %d", 3)
	warn("bye\n")
	bad("%d", 1)
	badPrint("x")
	_ = errf("%w", os.ErrNotExist)
	logf("%w", os.ErrNotExist)
	notWrapper("%d", "y")
	logf("no args", 1)
}

// Vet:
// printf_wrapper.go:28:2: missing ... in args forwarded to printf-like function
// printf_wrapper.go:32:2: missing ... in args forwarded to print-like function
// printf_wrapper.go:45:2: command-line-arguments.logf format %d has arg "x" of wrong type string
// printf_wrapper.go:46:2: command-line-arguments.debugf format %s reads arg #2, but call has 1 arg
// printf_wrapper.go:47:2: command-line-arguments.warn call has possible formatting directive %d
// printf_wrapper.go:52:2: command-line-arguments.logf does not support error-wrapping directive %w
// printf_wrapper.go:54:6: command-line-arguments.logf call has arguments but no formatting directives
