package main

import "fmt"

func main() {
	x := 1
	msg := "initial"
	defer func() {
		fmt.Println("closure sees", x, msg)
	}()
	defer func(v int) {
		fmt.Println("param was", v, "now", x)
	}(x)
	x = 42
	msg = "changed"
	p := &x
	*p = 99
	fmt.Println("body", x)
}

// Output:
// body 99
// param was 1 now 99
// closure sees 99 changed
