// The command line's flags exit with status 2 on a bad flag, after the
// error and flag.Usage on stderr.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: prog [flags]")
		flag.PrintDefaults()
	}
	n := flag.Int("n", 1, "count")
	flag.Parse()
	fmt.Println("not reached", *n)
	os.Exit(0)
}

// Args: -n 3 -x
// Stderr:
// flag provided but not defined: -x
// usage: prog [flags]
//   -n int
//     	count (default 1)
// Exit: 2
