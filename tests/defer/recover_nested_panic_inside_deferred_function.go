package main

import "fmt"

func inner(label string) (msg string) {
	defer func() {
		msg = fmt.Sprint(label, " inner recovered: ", recover())
	}()
	panic(label + " second")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(inner("A"))
		func() {
			defer func() { fmt.Println("closure recovered:", recover()) }()
			panic("third")
		}()
		fmt.Println("recover now:", recover())
		fmt.Println("end of outer defer")
	}()
	fmt.Println("start")
	panic("first")
}

// Output:
// start
// recovered: first
// A inner recovered: A second
// closure recovered: third
// recover now: <nil>
// end of outer defer
