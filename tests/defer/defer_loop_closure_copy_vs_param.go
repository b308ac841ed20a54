package main

import "fmt"

func main() {
	func() {
		for i := 0; i < 3; i++ {
			i := i
			defer func() { fmt.Println("copy", i) }()
		}
	}()
	func() {
		for i := 0; i < 3; i++ {
			defer func(n int) { fmt.Println("param", n) }(i)
		}
	}()
	func() {
		total := 0
		for i := 1; i <= 3; i++ {
			total += i
			defer func() { fmt.Println("shared total", total) }()
		}
		total = 100
	}()
}

// Output:
// copy 2
// copy 1
// copy 0
// param 2
// param 1
// param 0
// shared total 100
// shared total 100
// shared total 100
