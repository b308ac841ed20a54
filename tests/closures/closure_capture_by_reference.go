package main

import "fmt"

func main() {
	x := 1
	f := func() int { return x * 10 }
	fmt.Println(f())
	x = 5
	fmt.Println(f())
	set := func(v int) { x = v }
	set(42)
	fmt.Println(x, f())
	xs := []int{1, 2, 3}
	g := func() int { return len(xs) }
	xs = append(xs, 4)
	fmt.Println(g())
	xs = nil
	fmt.Println(g())
}

// Output:
// 10
// 50
// 42 420
// 4
// 0
