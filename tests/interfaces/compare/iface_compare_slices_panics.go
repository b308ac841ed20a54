package main

import "fmt"

func main() {
	var a interface{} = 5
	var b interface{} = 5
	fmt.Println("ints equal:", a == b)
	a = []int{1, 2}
	b = "not a slice"
	fmt.Println("mixed types:", a == b)
	b = []int{1, 2}
	fmt.Println("about to compare slices")
	fmt.Println(a == b)
	fmt.Println("unreachable")
}

// Output:
// ints equal: true
// mixed types: false
// about to compare slices
// Panic: runtime error: comparing uncomparable type []int
