package main

import "fmt"

type Point struct{ X, Y int }
type Celsius float64
type IntList []int

func main() {
	p := Point{}
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%T\n", [3]int{})
	fmt.Printf("%T\n", []Point{})
	fmt.Printf("%T\n", map[string]Point{})
	fmt.Printf("%T\n", map[Point][]*Point{})
	fmt.Printf("%T\n", [2][3]string{})
	fmt.Printf("%T\n", &[4]byte{})
	fmt.Printf("%T %T\n", Celsius(1), IntList{})
	pp := &p
	fmt.Printf("%T\n", &pp)
	fmt.Printf("%T\n", func(Point) *Point { return nil })
}

// Output:
// main.Point
// *main.Point
// [3]int
// []main.Point
// map[string]main.Point
// map[main.Point][]*main.Point
// [2][3]string
// *[4]uint8
// main.Celsius main.IntList
// **main.Point
// func(main.Point) *main.Point
