package main

import (
	"fmt"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	n, err := fmt.Fprintln(os.Stdout, "hello", 42, Temp(19.25))
	fmt.Println(n, err)
	n, _ = fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 7)
	fmt.Println(n)
	n, _ = fmt.Fprint(os.Stdout, "a", "b", 1, 2, "\n")
	fmt.Println(n)
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	n, _ = fmt.Printf("%v\n", "héllo")
	fmt.Println(n)
}

// Output:
// hello 42 19.2°
// 16 <nil>
// x=7
// 4
// ab1 2
// 6
// héllo
// 7
// Stderr:
// this goes to stderr
