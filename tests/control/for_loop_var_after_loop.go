package main

import "fmt"

func main() {
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println(i)
	j := 0
	for j = 10; j > 3; j -= 4 {
	}
	fmt.Println(j)
	var k int
	for k = range []int{1, 2, 3} {
	}
	fmt.Println(k)
	var v string
	for _, v = range []string{"a", "b"} {
	}
	fmt.Println(v)
}

// Output:
// 5
// 2
// 2
// b
