package main

import "fmt"

type P struct{ x, y, z int }

// Go rounds the capacity append allocates up to the allocator's size
// classes (runtime.growslice, roundupsize), which shows in cap() and in
// whether a later append still shares the backing array.
func main() {
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	b := append([]byte(nil), "hello, world"...)
	fmt.Println(len(b), cap(b))
	p := append([]P{}, P{}, P{}, P{})
	fmt.Println(len(p), cap(p))
	var s []int
	for i := 0; i < 600; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
	t := x[:7]
	t = append(t, 8)
	t[0] = 100
	fmt.Println(x[0], t[0])
}

// Output:
// 7 8
// 12 16
// 3 3
// 600 848
// 100 100
