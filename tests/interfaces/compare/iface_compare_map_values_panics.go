package main

import "fmt"

func main() {
	m1 := map[string]int{"a": 1}
	var x interface{} = m1
	var y interface{} = m1
	fmt.Println("same type?", fmt.Sprintf("%T", x) == fmt.Sprintf("%T", y))
	fmt.Println(x == nil)
	fmt.Println(x == y)
}

// Output:
// same type? true
// false
// Panic: runtime error: comparing uncomparable type map[string]int
