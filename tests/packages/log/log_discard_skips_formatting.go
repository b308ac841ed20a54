// A Logger writing to io.Discard does not format its operands: String
// methods are not called, by a Logger's methods or the package's.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
)

type noisy struct{}

func (noisy) String() string { fmt.Println("String called"); return "noisy" }

func main() {
	d := log.New(io.Discard, "", 0)
	d.Println(noisy{})
	d.Printf("%v", noisy{})
	d.Print(noisy{})
	log.SetOutput(io.Discard)
	log.Println(noisy{})
	log.Printf("%v", noisy{})
	log.Print(noisy{})
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(noisy{})
	d.SetOutput(os.Stdout)
	d.Print(noisy{})
}

// Output:
// String called
// noisy
// String called
// noisy
