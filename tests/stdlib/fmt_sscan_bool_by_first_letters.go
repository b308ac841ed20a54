package main

import "fmt"

func main() {
	for _, in := range []string{"true", "TRUE", "t", "1", "0", "false", "F", "tru", "fals", "yes", "trux"} {
		b := true
		n, err := fmt.Sscan(in, &b)
		fmt.Println(in, n, err, b)
	}
}

// Output:
// true 1 <nil> true
// TRUE 1 <nil> true
// t 1 <nil> true
// 1 1 <nil> true
// 0 1 <nil> false
// false 1 <nil> false
// F 1 <nil> false
// tru 0 syntax error scanning boolean true
// fals 0 syntax error scanning boolean true
// yes 1 <nil> false
// trux 0 syntax error scanning boolean true
