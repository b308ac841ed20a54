package main

import (
	"fmt"
	"strings"
)

func main() {
	p := strings.Split(",a,b,", ",")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split(",", ",")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split(",,", ",")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("/usr/bin/", "/")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("aaa", "a")
	fmt.Printf("%q %d\n", p, len(p))
}

// Output:
// ["" "a" "b" ""] 4
// ["" ""] 2
// ["" "" ""] 3
// ["" "usr" "bin" ""] 4
// ["" "" "" ""] 4
