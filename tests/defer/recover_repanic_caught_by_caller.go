package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("wrapped(", r, ")"))
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
	fmt.Println("middle after inner: not reached")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	middle()
}

// Output:
// inner recovered: original
// middle defer
// main recovered: wrapped(original)
