package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 3
}

func addThenDouble() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 10 }()
	n = 1
	return n + 1
}

func unnamed() int {
	n := 3
	defer func() { n *= 2 }()
	return n
}

func message() (s string, err error) {
	defer func() {
		if err == nil {
			s += "!"
		}
	}()
	return "ok", nil
}

func main() {
	fmt.Println(double())
	fmt.Println(addThenDouble())
	fmt.Println(unnamed())
	fmt.Println(message())
}

// Output:
// 6
// 24
// 3
// ok! <nil>
