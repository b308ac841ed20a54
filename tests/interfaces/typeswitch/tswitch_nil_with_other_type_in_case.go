package main

import "fmt"

func f(v interface{}) {
	switch x := v.(type) {
	case nil, int:
		fmt.Printf("nil-or-int: %v %T\n", x, x)
	case string, error:
		fmt.Printf("text-ish: %v\n", x)
	}
}

func main() {
	f(nil)
	f(4)
	f("s")
	f(fmt.Errorf("e%d", 1))
	f(2.0)
	fmt.Println("done")
}

// Output:
// nil-or-int: <nil> <nil>
// nil-or-int: 4 int
// text-ish: s
// text-ish: e1
// done
