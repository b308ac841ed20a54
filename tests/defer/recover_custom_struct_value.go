package main

import "fmt"

type Fault struct {
	Code   int
	Reason string
}

func process(x int) {
	if x%2 == 1 {
		panic(Fault{x, "odd"})
	}
	if x > 4 {
		panic(&Fault{x, "too big"})
	}
	fmt.Println("processed", x)
}

func safe(x int) {
	defer func() {
		switch v := recover().(type) {
		case nil:
			fmt.Println("no panic for", x)
		case Fault:
			fmt.Println("value fault", v.Code, v.Reason, v)
		case *Fault:
			fmt.Println("pointer fault", v.Code, v.Reason)
		}
	}()
	process(x)
}

func main() {
	for _, x := range []int{2, 3, 6} {
		safe(x)
	}
}

// Output:
// processed 2
// no panic for 2
// value fault 3 odd {3 odd}
// pointer fault 6 too big
