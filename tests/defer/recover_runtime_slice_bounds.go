package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 1
	try("inverted", func() { _ = s[lo:hi] })
	hi = 9
	try("too high", func() { _ = s[1:hi] })
	try("cap ok", func() { fmt.Println(s[:cap(s)]) })
	str := "hello"
	n := 10
	try("string", func() { _ = str[n] })
	try("string slice", func() { _ = str[2:n] })
}

// Output:
// inverted: runtime error: slice bounds out of range [3:1]
// too high: runtime error: slice bounds out of range [:9] with capacity 4
// [1 2 3 4]
// cap ok: ok
// string: runtime error: index out of range [10] with length 5
// string slice: runtime error: slice bounds out of range [:10] with length 5
