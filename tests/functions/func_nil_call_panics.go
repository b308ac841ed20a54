package main

import "fmt"

type Op func(int, int) int

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: runtime error: invalid memory address or nil pointer dereference
//	[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=...]
//
//	goroutine 1 [running]:
func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
	}
	fmt.Println(ops["add"](2, 3))
	sub := ops["sub"]
	fmt.Println(sub == nil)
	defer fmt.Println("deferred before crash")
	fmt.Println(sub(5, 1))
}

// Output:
// 5
// true
// deferred before crash
// Panic: runtime error: invalid memory address or nil pointer dereference
