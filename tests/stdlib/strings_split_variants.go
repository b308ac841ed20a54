package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %v\n", strings.SplitN("a,b,c,d", ",", 0), strings.SplitN("a", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitN("a,b", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c,", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
}

// Output:
// ["a" "b" "c"]
// ["" "man " "plan " "canal panama"]
// [""]
// ["a" "b,c,d"]
// [] true
// ["a" "b"]
// ["a," "b," "c"]
// ["a," "b," "c," ""]
// ["a," "b," "c,d"]
