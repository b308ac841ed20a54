package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "b")
	delete(m, "zzz")
	fmt.Println(len(m), m)
	src := []string{"x", "y"}
	var dst []string
	fmt.Println(copy(dst, src), dst)
	dst = make([]string, 1)
	fmt.Println(copy(dst, src), dst)
	n := copy(src, src)
	fmt.Println(n, src)
}

// Output:
// 2 map[a:1 c:3]
// 0 []
// 1 [x]
// 2 [x y]
