package main

import "fmt"

func helper() interface{} {
	r := recover()
	fmt.Println("helper recover:", r)
	return r
}

func inner() {
	defer func() {
		helper()
		func() {
			fmt.Println("nested closure recover:", recover())
		}()
	}()
	panic("escaping")
}

func main() {
	defer func() {
		fmt.Println("main recover:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

// Output:
// helper recover: <nil>
// nested closure recover: <nil>
// main recover: escaping
