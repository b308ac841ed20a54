// flag.Parse reads os.Args[1:]; the package functions work on
// CommandLine.
package main

import (
	"flag"
	"fmt"
)

func main() {
	verbose := flag.Bool("v", false, "verbose")
	var n int
	flag.IntVar(&n, "n", 10, "count")
	name := flag.String("name", "anon", "name")
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), *verbose, n, *name)
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(0), flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Println(f.Name, "=", f.Value) })
	fmt.Println(flag.Lookup("n").DefValue, flag.Set("name", "set"), *name)
	fmt.Println(flag.CommandLine.ErrorHandling() == flag.ExitOnError)
}

// Args: -v -n=3 --name bob file1 -x file2

// Output:
// false
// true true 3 bob
// 3 [file1 -x file2] file1 3
// n = 3
// name = bob
// v = true
// 10 <nil> set
// true
