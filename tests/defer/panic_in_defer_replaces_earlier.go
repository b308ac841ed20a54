package main

import "fmt"

func f() (result string) {
	defer func() {
		result = fmt.Sprint("recovered: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	defer fmt.Println("first defer runs during first panic")
	panic("first")
}

func main() {
	fmt.Println(f())
	fmt.Println("main continues")
}

// Output:
// first defer runs during first panic
// recovered: second
// main continues
