package main

import "fmt"

type Reason struct{ What string }

func (r Reason) String() string { return "reason: " + r.What }

func check(n int) {
	if n > 2 {
		panic(Reason{fmt.Sprint("value ", n, " too big")})
	}
	fmt.Println("checked", n, Reason{"ok"})
}

func main() {
	for i := 1; i <= 5; i++ {
		check(i)
	}
}

// Output:
// checked 1 reason: ok
// checked 2 reason: ok
// Panic: reason: value 3 too big
