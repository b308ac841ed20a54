package main

import "fmt"

func risky(n int) (result int) {
	defer func() {
		if r := recover(); r != nil {
			code := r.(int)
			result = -code
		}
	}()
	if n > 2 {
		panic(n * 100)
	}
	return n
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, risky(i))
	}
	func() {
		defer func() {
			r := recover()
			_, isInt := r.(int)
			_, isInt64 := r.(int64)
			fmt.Println(r, isInt, isInt64)
		}()
		panic(int64(9))
	}()
}

// Output:
// 0 0
// 1 1
// 2 2
// 3 -300
// 4 -400
// 9 false true
