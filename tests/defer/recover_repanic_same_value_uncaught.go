package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: fatal config error [recovered]
//		panic: fatal config error
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("logging:", r)
			panic(r)
		}
	}()
	data := map[string]int{"x": 1}
	fmt.Println(data["x"])
	panic("fatal config error")
}

// Output:
// 1
// logging: fatal config error
// Panic: fatal config error [recovered]
