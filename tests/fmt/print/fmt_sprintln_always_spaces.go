package main

import "fmt"

func main() {
	s := fmt.Sprintln("a", "b", 1, 2, "c")
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln()
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln("", "")
	fmt.Printf("%q\n", s)
	fmt.Println("x", 1, "y")
	fmt.Println("tight" + "ly")
	fmt.Println([]string{"a", "b"}, map[string]int{"k": 1})
	s = fmt.Sprint("a", "b") + fmt.Sprintln("a", "b")
	fmt.Printf("%q\n", s)
}

// Output:
// "a b 1 2 c\n"
// "\n"
// " \n"
// x 1 y
// tightly
// [a b] map[k:1]
// "aba b\n"
