package main

import "fmt"

type P struct {
	A int
	S string
}

type Q struct{ X, Y int }

func main() {
	fmt.Printf("%6v|\n", P{1, "x"})
	fmt.Printf("%-4v|\n", P{1, "x"})
	fmt.Printf("%3v|\n", [3]int{1, 2, 3})
	fmt.Printf("%-3v|\n", []int{1, 2})
	fmt.Printf("%03d|\n", [2]int{5, 6})
	fmt.Printf("%+d|\n", Q{3, -4})
	fmt.Printf("%4d|%-4d|\n", Q{1, 2}, Q{3, 4})
	fmt.Printf("%5s|\n", [2]string{"a", "bc"})
}

// Output:
// {     1      x}|
// {1    x   }|
// [  1   2   3]|
// [1   2  ]|
// [005 006]|
// {+3 -4}|
// {   1    2}|{3    4   }|
// [    a    bc]|
