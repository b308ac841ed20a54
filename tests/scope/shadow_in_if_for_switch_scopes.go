package main

import (
	"errors"
	"fmt"
)

func get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else x", x)
	}
	fmt.Println("outer x", x)
	var err error
	if v, err := get(-1); err != nil {
		fmt.Println("inner err", err, v)
	}
	fmt.Println("outer err", err)
	for x := 10; x < 12; x++ {
		x := x * 100
		fmt.Println("loop x", x)
	}
	switch x := "s"; x {
	case "s":
		x := 3
		fmt.Println("case x", x)
	}
	fmt.Println("final x", x)
}

// Output:
// if x 2
// outer x 1
// inner err negative 0
// outer err <nil>
// loop x 1000
// loop x 1100
// case x 3
// final x 1
