package main

import "fmt"

func plain() (n int) {
	defer func() { fmt.Println("plain sees", n) }()
	return 5
}

func copyFirst() (n int) {
	defer func() {
		v := n
		fmt.Println("copy sees", v)
	}()
	n = 1
	return n + 6
}

func two() (a int, b string) {
	defer func() { fmt.Println("two sees", a, b) }()
	return 3, "x"
}

func main() {
	fmt.Println(plain())
	fmt.Println(copyFirst())
	fmt.Println(two())
}

// Output:
// plain sees 5
// 5
// copy sees 7
// 7
// two sees 3 x
// 3 x
