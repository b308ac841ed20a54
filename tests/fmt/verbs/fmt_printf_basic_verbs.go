package main

import "fmt"

func main() {
	n := 42
	s := "gopher"
	b := true
	r := 'G'
	f := 3.5
	fmt.Printf("%v %v %v %v %v\n", n, s, b, r, f)
	fmt.Printf("%d %d\n", n, -n)
	fmt.Printf("%s|%q\n", s, s)
	fmt.Printf("%t %t\n", b, !b)
	fmt.Printf("%c %c %c\n", r, 'é', 0x4e16)
	fmt.Printf("%x %x %x\n", 255, -255, "hi")
	fmt.Printf("%f\n", f)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%q %q\n", 'x', "tab\there")
	fmt.Printf("no verbs\n")
}

// Output:
// 42 gopher true 71 3.5
// 42 -42
// gopher|"gopher"
// true false
// G é 世
// ff -ff 6869
// 3.500000
// 50%
// 'x' "tab\there"
// no verbs
