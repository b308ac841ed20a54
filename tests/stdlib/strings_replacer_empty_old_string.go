package main

import (
	"fmt"
	"strings"
)

func main() {
	// An empty old string matches between bytes, never twice in one place.
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("é"))
	fmt.Printf("%q\n", strings.NewReplacer("b", "B", "", "-").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-", "b", "B").Replace("abc"))
}

// Output:
// "-a-b-c-"
// "-"
// "-\xc3-\xa9-"
// "-aB-c-"
// "-a-B-c-"
