package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Fprint(os.Stdout, "héllo", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdout, "a", 3.5, true)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%5d|%-4s|\n", 42, "x")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "")
	fmt.Println(n, err)
}

// Output:
// héllo1 2
// 10 <nil>
// a 3.5 true
// 11 <nil>
//    42|x   |
// 12 <nil>
// 0 <nil>
