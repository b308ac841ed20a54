package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("hello"))
	fmt.Println(strings.ToUpper("MiXeD 123!"))
	fmt.Printf("%q\n", strings.ToUpper(""))
	fmt.Println(strings.ToUpper("héllo wörld"))
	fmt.Println(strings.ToUpper("straße"))
	s := "go"
	u := strings.ToUpper(s)
	fmt.Println(s, u, len(u))
	fmt.Println(strings.ToUpper("世界"))
}

// Output:
// HELLO
// MIXED 123!
// ""
// HÉLLO WÖRLD
// STRAßE
// go GO 2
// 世界
