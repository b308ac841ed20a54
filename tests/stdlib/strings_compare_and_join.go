package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"), strings.Compare("ab", "a"))
	fmt.Println(strings.Join([]string{"foo", "bar", "baz"}, ", "))
	fmt.Printf("%q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"solo"}, ","), strings.Join([]string{"", ""}, "-"))
}

// Output:
// -1 0 1 -1 1
// foo, bar, baz
// "" "solo" "-"
