// FlagSet.Set sets a flag as if it were given; an unknown name is an
// error; defining a flag twice panics with Go's message.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("s", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 1, "")
	fmt.Println(fs.Set("n", "5"), *n, fs.NFlag())
	fmt.Println(fs.Set("m", "5"))
	fmt.Println(fs.Set("n", "x"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 2, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-bad", 2, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("a=b", 2, "")
	}()
	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.SetOutput(os.Stdout)
	anon.Bool("x", false, "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		anon.Bool("x", false, "")
	}()
	var fs2 flag.FlagSet
	fs2.Init("late", flag.PanicOnError)
	fs2.SetOutput(os.Stdout)
	fmt.Println(fs2.Name())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs2.Parse([]string{"-q"})
	}()
}

// Output:
// <nil> 5 1
// no such flag -m
// parse error
// s flag redefined: n
// recovered: s flag redefined: n
// flag "-bad" begins with -
// recovered: flag "-bad" begins with -
// flag "a=b" contains =
// recovered: flag "a=b" contains =
// flag redefined: x
// recovered: flag redefined: x
// late
// flag provided but not defined: -q
// Usage of late:
// recovered: flag provided but not defined: -q
