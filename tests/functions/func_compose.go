package main

import "fmt"

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func composeAll(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5))
	fmt.Println(compose(dbl, inc)(5))
	fmt.Println(composeAll(inc, dbl, inc)(5))
	fmt.Println(composeAll()(5))
	id := composeAll(compose(inc, inc), dbl)
	fmt.Println(id(0), id(10))
}

// Output:
// 11
// 12
// 13
// 5
// 2 22
