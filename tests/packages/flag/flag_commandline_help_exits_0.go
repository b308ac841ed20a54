// -help on the command line prints the usage and exits with status 0.
package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: prog [flags] files")
		flag.PrintDefaults()
	}
	flag.String("o", "out.txt", "output `file`")
	flag.Parse()
	fmt.Println("not reached")
}

// Args: -help
// Stderr:
// usage: prog [flags] files
//   -o file
//     	output file (default "out.txt")
