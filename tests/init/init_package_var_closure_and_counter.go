package main

import "fmt"

var next = counter(start)
var start = 10

var seq = []int{next(), next(), next()}

func counter(from int) func() int {
	n := from
	return func() int {
		n++
		return n
	}
}

func init() {
	fmt.Println("init sees seq", seq)
	seq = append(seq, next())
}

func main() {
	fmt.Println(seq)
	fmt.Println(next())
}

// Output:
// init sees seq [11 12 13]
// [11 12 13 14]
// 15
