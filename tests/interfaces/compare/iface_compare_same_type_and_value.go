package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var a, b interface{}
	a, b = 3, 3
	fmt.Println(a == b)
	a, b = "go", "go"
	fmt.Println(a == b)
	a, b = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b)
	a, b = Point{1, 2}, Point{2, 1}
	fmt.Println(a == b, a != b)
	a, b = [3]int{1, 2, 3}, [3]int{1, 2, 3}
	fmt.Println(a == b)
	a, b = nil, nil
	fmt.Println(a == b)
	a, b = 2.5, 2.5
	fmt.Println(a == b)
	a, b = true, false
	fmt.Println(a == b)
}

// Output:
// true
// true
// true
// false true
// true
// true
// true
// false
