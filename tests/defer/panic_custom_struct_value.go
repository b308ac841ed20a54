package main

import "fmt"

type Problem struct {
	Code int
	Msg  string
}

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("%+v", Problem{n, "too big"}))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 1; i <= 5; i++ {
		check(i)
	}
}

// Output:
// ok 1
// ok 2
// Panic: {Code:3 Msg:too big}
