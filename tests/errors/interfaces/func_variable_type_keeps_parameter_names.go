// A variable of func type holding a literal or a function, directly or
// through another variable, shows that function's parameter names in
// messages, as Go keeps them in the type; a declared type has none.
package main

import "strings"

func add(x, y int) int { return x + y }

func main() {
	f := func(a rune, b bool) int8 { return 0 }
	g := f
	var h = add
	k := strings.ToUpper
	var m func(int, int) int = add
	_ = f.(int)
	_ = g.(int)
	_ = h.(int)
	_ = k.(int)
	_ = m.(int)
}

// Error:
// 16:6: invalid operation: f (variable of type func(a rune, b bool) int8) is not an interface
// 17:6: invalid operation: g (variable of type func(a rune, b bool) int8) is not an interface
// 18:6: invalid operation: h (variable of type func(x int, y int) int) is not an interface
// 19:6: invalid operation: k (variable of type func(s string) string) is not an interface
// 20:6: invalid operation: m (variable of type func(int, int) int) is not an interface
