package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint(i)
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	fmt.Println(m)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}

// Output:
// 10
// map[0:0 2:2 4:4 6:6 8:8 10:10 12:12 14:14 16:16 18:18]
// 0 map[]
