package main

import "fmt"

func fill(p *[4]int, v int) {
	for i := 0; i < len(p); i++ {
		p[i] = v * i
	}
}

func main() {
	var arr [4]int
	p := &arr
	fill(p, 3)
	fmt.Println(arr)
	fmt.Println(p[2], (*p)[3], len(p), cap(p))
	s := p[1:3]
	s[0] = -1
	fmt.Println(arr, s)
	q := new([3]string)
	q[1] = "mid"
	fmt.Printf("%q %d\n", *q, len(q))
	fmt.Println(*p == arr)
}

// Output:
// [0 3 6 9]
// 6 9 4 4
// [0 -1 6 9] [-1 6]
// ["" "mid" ""] 3
// true
