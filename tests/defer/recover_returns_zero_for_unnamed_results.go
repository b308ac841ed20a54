package main

import "fmt"

func compute(n int) (int, string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	if n < 0 {
		panic("negative")
	}
	return n * n, "ok"
}

func main() {
	a, b := compute(4)
	fmt.Println(a, b)
	a, b = compute(-1)
	fmt.Printf("%d %q\n", a, b)
	p := func() (p *int) {
		defer func() { recover() }()
		x := 5
		p = &x
		panic("late")
	}()
	fmt.Println(*p)
}

// Output:
// 16 ok
// recovered negative
// 0 ""
// 5
