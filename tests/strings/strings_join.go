package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := []string{"a", "b", "c"}
	fmt.Println(strings.Join(parts, ", "))
	fmt.Println(strings.Join(parts, ""))
	fmt.Printf("%q\n", strings.Join([]string{}, "-"))
	fmt.Printf("%q\n", strings.Join(nil, "-"))
	fmt.Println(strings.Join([]string{"solo"}, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "/"))
	fmt.Println(strings.Join(parts[1:], "世"))
}

// Output:
// a, b, c
// abc
// ""
// ""
// solo
// "//"
// b世c
