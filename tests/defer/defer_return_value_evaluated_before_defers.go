package main

import "fmt"

var log []string

func value(s string, v int) int {
	log = append(log, s)
	return v
}

func f() (r int) {
	defer func() {
		log = append(log, fmt.Sprint("defer sees r=", r))
		r++
	}()
	return value("return expr", 10)
}

func main() {
	got := f()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("result", got)
}

// Output:
// return expr
// defer sees r=10
// result 11
