package main

import "fmt"

func pair() (func(), func() int) {
	x := 0
	return func() { x += 10 }, func() int { return x }
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	inc2, get2 := pair()
	inc2()
	fmt.Println(get(), get2())
	x := 1
	f := func() int { x *= 3; return x }
	first, second := f(), f()
	fmt.Println(first, second, x)
	x = 0
	fmt.Println(f())
}

// Output:
// 20
// 20 10
// 3 9 9
// 0
