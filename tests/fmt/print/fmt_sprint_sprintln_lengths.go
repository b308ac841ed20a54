package main

import "fmt"

func main() {
	a := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(a, len(a))
	b := fmt.Sprint(3, 4)
	fmt.Println(b)
	c := fmt.Sprintln("x", 1, 2, "y")
	fmt.Print(c)
	fmt.Println(len(c))
	d := fmt.Sprint()
	fmt.Printf("%q\n", d)
	e := fmt.Sprintln()
	fmt.Printf("%q\n", e)
	fmt.Printf("%q\n", fmt.Sprint(1.0, []string{"a"}, true))
}

// Output:
// x1 2y 5
// 3 4
// x 1 2 y
// 8
// ""
// "\n"
// "1 [a] true"
