package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	for _, d := range []int{3, 0, -2} {
		q, err := divide(12, d)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("message:", err.Error())
			continue
		}
		fmt.Println("quotient:", q, err)
	}
	err := errors.New("")
	fmt.Printf("[%v] %v\n", err, err == nil)
}

// Output:
// quotient: 4 <nil>
// error: division by zero
// message: division by zero
// quotient: -6 <nil>
// [] false
