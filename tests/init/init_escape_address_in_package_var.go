// A package-level variable initialised by calling a function literal whose
// local escapes (its address is returned): the literal runs inside the
// package initialiser, and the local lives in its own cell.
package main

import "fmt"

var flag = func() *bool { b := true; return &b }()

var counter = func() *int {
	n := 40
	p := &n
	*p += 2
	return p
}()

type point struct{ x, y int }

var origin, unit = func() (*point, *point) {
	a, b := point{0, 0}, point{1, 1}
	return &a, &b
}()

var f32 = func() *float32 { v := float32(1.5); return &v }()

var bytesTotal = func() *byte { var b byte = 200; b += 100; return &b }()

func main() {
	fmt.Println(*flag, *counter, *origin, *unit, *f32, *bytesTotal)
	*counter++
	fmt.Println(*counter)
}

// Output:
// true 42 {0 0} {1 1} 1.5 44
// 43
