package main

import "fmt"

type Celsius float64
type Names []string
type Counts map[string]int
type Op func(int) int
type ID int

func main() {
	var c Celsius = 21.5
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v\n", Names{"a"}, Names{"a"})
	fmt.Printf("%T %v\n", Counts{"x": 1}, Counts{"x": 1})
	var op Op = func(x int) int { return x + 1 }
	fmt.Printf("%T %d\n", op, op(1))
	fmt.Printf("%T %v\n", ID(7), ID(7))
	fmt.Printf("%T\n", []Celsius{1})
	fmt.Printf("%T\n", map[ID]Names{})
}

// Output:
// main.Celsius 21.5
// main.Names [a]
// main.Counts map[x:1]
// main.Op 2
// main.ID 7
// []main.Celsius
// map[main.ID]main.Names
