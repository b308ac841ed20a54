package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4, 5}
	c := append(a, b...)
	fmt.Println(c, len(c))
	c = append(c, c...)
	fmt.Println(c)
	d := append([]int(nil), a...)
	d[0] = 99
	fmt.Println(a, d)
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	e := append(a[:1], 7, 8, 9)
	fmt.Println(e)
	f := append([]string{}, "x")
	f = append(f)
	fmt.Println(f, len(f))
}

// Output:
// [1 2 3 4 5] 5
// [1 2 3 4 5 1 2 3 4 5]
// [1 2] [99 2]
// abcd
// [1 7 8 9]
// [x] 1
