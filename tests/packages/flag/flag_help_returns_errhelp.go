// -h and -help, when not defined, print the usage and return ErrHelp;
// a defined -h is an ordinary flag.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("helper", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.String("name", "world", "who to greet")
	err := fs.Parse([]string{"-help"})
	fmt.Println(err, errors.Is(err, flag.ErrHelp))
	err = fs.Parse([]string{"-h"})
	fmt.Println(err == flag.ErrHelp)
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	h := fs2.Bool("h", false, "my own h")
	fmt.Println(fs2.Parse([]string{"-h"}), *h)
	fmt.Println(fs2.Parse([]string{"-help"}))
}

// Output:
// Usage of helper:
//   -name string
//     	who to greet (default "world")
// flag: help requested true
// Usage of helper:
//   -name string
//     	who to greet (default "world")
// true
// <nil> true
// Usage:
//   -h	my own h
// flag: help requested
