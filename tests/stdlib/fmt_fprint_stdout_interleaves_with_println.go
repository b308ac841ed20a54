package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println("one")
	fmt.Fprintln(os.Stdout, "two")
	os.Stdout.WriteString("three\n")
	fmt.Print("four ")
	os.Stdout.Write([]byte("five\n"))
	io.WriteString(os.Stdout, "six\n")
	fmt.Fprintf(os.Stdout, "%s\n", "seven")
	fmt.Println("eight")
}

// Output:
// one
// two
// three
// four five
// six
// seven
// eight
