package main

import "fmt"

func f(v interface{}) {
	switch x := v.(type) {
	case int:
		fmt.Println("int", x)
	default:
		fmt.Printf("default: %T %v\n", x, x)
	case string:
		fmt.Println("string", x)
	}
}

func main() {
	f(1)
	f("a")
	f(2.5)
	f(nil)
	f([]string{"z"})
	f(map[int]bool{1: true})
	switch interface{}(3).(type) {
	default:
		fmt.Println("only default")
	}
}

// Output:
// int 1
// string a
// default: float64 2.5
// default: <nil> <nil>
// default: []string [z]
// default: map[int]bool map[1:true]
// only default
