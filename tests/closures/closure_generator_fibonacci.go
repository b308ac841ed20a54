package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func rangeGen(lo, hi int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		cur++
		return cur - 1, true
	}
}

func main() {
	f := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	next := rangeGen(3, 7)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Println("got", v)
	}
	_, ok := next()
	fmt.Println(ok)
}

// Output:
// 0;1;1;2;3;5;8;13;21;34;55;89;
// got 3
// got 4
// got 5
// got 6
// false
