package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 10; i >= -3; i-- {
		m[i*i-5*i] = i
	}
	fmt.Println(m)
	f := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(f)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
}

// Output:
// map[-6:2 -4:1 0:0 6:-1 14:-2 24:-3 36:9 50:10]
// map[-1:a 2.5:b 10:c]
// map[false:0 true:1]
