package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: runtime error: invalid memory address or nil pointer dereference
//	[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=...]
//
//	goroutine 1 [running]:
func main() {
	var f func()
	defer fmt.Println("earlier defer still runs")
	defer f()
	fmt.Println("defer statement did not panic")
}

// Output:
// defer statement did not panic
// earlier defer still runs
// Panic: runtime error: invalid memory address or nil pointer dereference
