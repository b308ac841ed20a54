// PrintDefaults lists flags sorted by name, a one-letter bool on one
// line, a back-quoted name in the usage as the argument name, and the
// default only when it is not the zero value (strings quoted).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

type list []string

func (l *list) String() string { return fmt.Sprint([]string(*l)) }
func (l *list) Set(s string) error {
	*l = append(*l, s)
	return nil
}

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("v", false, "verbose output")
	fs.Bool("verbose", true, "long bool")
	fs.Int("n", 0, "number of `items` to show")
	fs.Int("count", 3, "how many")
	fs.String("name", "", "a name")
	fs.String("greeting", "hello", "the greeting\nsecond line")
	fs.Float64("ratio", 1.5, "a ratio")
	fs.Duration("wait", 2*time.Second, "time to wait")
	fs.Duration("zero", 0, "zero duration")
	fs.Uint64("big", 7, "unsigned")
	var l list
	fs.Var(&l, "item", "an item (repeatable)")
	l2 := list{"a"}
	fs.Var(&l2, "pre", "preset list")
	fs.Func("fn", "a func flag", func(string) error { return nil })
	fs.PrintDefaults()
	fmt.Println("--")
	fs.Usage()
	f := fs.Lookup("count")
	name, usage := flag.UnquoteUsage(f)
	fmt.Printf("%q %q %q %q\n", f.Name, f.DefValue, name, usage)
	name, usage = flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", name, usage)
	fmt.Println(fs.Lookup("nope") == nil, fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)
}

// Output:
//   -big uint
//     	unsigned (default 7)
//   -count int
//     	how many (default 3)
//   -fn value
//     	a func flag
//   -greeting string
//     	the greeting
//     	second line (default "hello")
//   -item value
//     	an item (repeatable)
//   -n items
//     	number of items to show
//   -name string
//     	a name
//   -pre value
//     	preset list (default [a])
//   -ratio float
//     	a ratio (default 1.5)
//   -v	verbose output
//   -verbose
//     	long bool (default true)
//   -wait duration
//     	time to wait (default 2s)
//   -zero duration
//     	zero duration
// --
// Usage of demo:
//   -big uint
//     	unsigned (default 7)
//   -count int
//     	how many (default 3)
//   -fn value
//     	a func flag
//   -greeting string
//     	the greeting
//     	second line (default "hello")
//   -item value
//     	an item (repeatable)
//   -n items
//     	number of items to show
//   -name string
//     	a name
//   -pre value
//     	preset list (default [a])
//   -ratio float
//     	a ratio (default 1.5)
//   -v	verbose output
//   -verbose
//     	long bool (default true)
//   -wait duration
//     	time to wait (default 2s)
//   -zero duration
//     	zero duration
// "count" "3" "int" "how many"
// "items" "number of items to show"
// true demo true
