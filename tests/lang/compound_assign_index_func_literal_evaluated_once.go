package main

import "fmt"

// A function literal in the index of a compound assignment m[f()] += v.
// gosh compiles the literal twice (the disassembly shows main.f.func2 and
// no func1); here that ends in a segmentation fault.

func f() {
	r := []rune("raw")
	m := map[int32]byte{}
	m[func() int32 {
		fmt.Println("in index:", r)
		v := int64(9)
		return int32(v)
	}()] += 1
	fmt.Println(m)
}

func g() {
	fn := func() string {
		a := 0
		var b = a
		return fmt.Sprint(a | b)
	}
	fmt.Println(fn())
}

func main() {
	f()
	g()
}

// Output:
// in index: [114 97 119]
// map[9:1]
// 0
