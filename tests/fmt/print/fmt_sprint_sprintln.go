package main

import "fmt"

func main() {
	a := fmt.Sprint("x", 1, 2, "y")
	fmt.Printf("%q\n", a)
	b := fmt.Sprint(3, 4.5, true)
	fmt.Printf("%q\n", b)
	c := fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q\n", c)
	d := fmt.Sprintln()
	fmt.Printf("%q\n", d)
	e := fmt.Sprint()
	fmt.Printf("%q\n", e)
	fmt.Print(fmt.Sprintln("joined", "line"))
	fmt.Println(len(fmt.Sprint(12345)))
}

// Output:
// "x1 2y"
// "3 4.5 true"
// "x 1 2 y\n"
// "\n"
// ""
// joined line
// 5
