package main

import "fmt"

var log []string

func val(name string, v int) int {
	log = append(log, name)
	return v
}

func main() {
	switch val("tag", 3) {
	case val("a", 1), val("b", 2):
		fmt.Println("first")
	case val("c", 3), val("d", 4):
		fmt.Println("second")
	case val("e", 3):
		fmt.Println("third")
	}
	fmt.Println(log)
	log = nil
	switch {
	case val("x", 0) > 0:
	case val("y", 1) > 0:
		fmt.Println("y matched")
	case val("z", 2) > 0:
	}
	fmt.Println(log)
}

// Output:
// second
// [tag a b c]
// y matched
// [x y]
