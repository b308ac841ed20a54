package main

import "fmt"

func main() {
	fmt.Printf("%T\n", 1)
	fmt.Printf("%T\n", 1.5)
	fmt.Printf("%T\n", "s")
	fmt.Printf("%T\n", true)
	fmt.Printf("%T\n", 'r')
	fmt.Printf("%T\n", byte(1))
	fmt.Printf("%T\n", []int{1})
	fmt.Printf("%T\n", []string{})
	fmt.Printf("%T\n", [][]int{})
	fmt.Printf("%T\n", map[string]int{})
	fmt.Printf("%T\n", map[rune][]bool{})
	fmt.Printf("%T\n", []byte("x"))
	fmt.Printf("%T\n", []rune("x"))
}

// Output:
// int
// float64
// string
// bool
// int32
// uint8
// []int
// []string
// [][]int
// map[string]int
// map[int32][]bool
// []uint8
// []int32
