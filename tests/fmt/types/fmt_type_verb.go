package main

import "fmt"

type Celsius float64
type Names []string
type Lookup map[string]int
type Op func(int) int

func main() {
	fmt.Printf("%T %T %T %T\n", 1, 2.5, "s", true)
	fmt.Printf("%T %T\n", 'r', byte(1))
	fmt.Printf("%T %T %T\n", []int{}, [][]string{}, []byte("x"))
	fmt.Printf("%T %T\n", map[string]int{}, map[int][]bool{})
	fmt.Printf("%T\n", func(int, string) (bool, int) { return false, 0 })
	fmt.Printf("%T\n", func() {})
	fmt.Printf("%T %T %T %T\n", Celsius(1), Names{}, Lookup{}, Op(nil))
	var f float64 = 1
	var x = 'a' + 1
	fmt.Printf("%T %T\n", f, x)
}

// Output:
// int float64 string bool
// int32 uint8
// []int [][]string []uint8
// map[string]int map[int][]bool
// func(int, string) (bool, int)
// func()
// main.Celsius main.Names main.Lookup main.Op
// float64 int32
