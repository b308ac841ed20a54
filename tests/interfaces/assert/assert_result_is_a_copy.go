package main

import "fmt"

type Counter struct{ N int }

func main() {
	var x interface{} = Counter{1}
	c := x.(Counter)
	c.N = 100
	fmt.Println(c.N, x.(Counter).N)
	arr := [3]int{1, 2, 3}
	var y interface{} = arr
	a := y.([3]int)
	a[0] = 99
	fmt.Println(a, y, arr)
	s := []int{1, 2, 3}
	var z interface{} = s
	z.([]int)[0] = 42
	fmt.Println(s, z)
}

// Output:
// 100 1
// [99 2 3] [1 2 3] [1 2 3]
// [42 2 3] [42 2 3]
