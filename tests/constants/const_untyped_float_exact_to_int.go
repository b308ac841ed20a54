package main

import "fmt"

const two = 2.0
const k = 1e3
const half = 0.5

func main() {
	var i int = two
	var j int64 = k * k
	var b byte = 'a' + two
	fmt.Println(i, j, b)
	var x int = half * 4
	fmt.Println(x)
	arr := [two * 2]int{}
	fmt.Println(len(arr))
	s := make([]int, k/100)
	fmt.Println(len(s))
	fmt.Println(10 / two)
	var n uint16 = 6.5e4
	fmt.Println(n)
}

// Output:
// 2 1000000 99
// 2
// 4
// 10
// 5
// 65000
