package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i%7] = true
	}
	fmt.Println(len(m))
	for i := 0; i < 1000; i++ {
		m[i] = true
	}
	fmt.Println(len(m))
	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	fmt.Println(m[999], m[998])
}

// Output:
// 7
// 1000
// 500
// 250000
// true false
