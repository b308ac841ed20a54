package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hofF(n int) int {
	if n == 0 {
		return 1
	}
	return n - hofM(hofF(n-1))
}

func hofM(n int) int {
	if n == 0 {
		return 0
	}
	return n - hofF(hofM(n-1))
}

func main() {
	for i := 0; i < 6; i++ {
		fmt.Println(i, isEven(i), isOdd(i))
	}
	var fs, ms []int
	for i := 0; i < 12; i++ {
		fs = append(fs, hofF(i))
		ms = append(ms, hofM(i))
	}
	fmt.Println(fs)
	fmt.Println(ms)
}

// Output:
// 0 true false
// 1 false true
// 2 true false
// 3 false true
// 4 true false
// 5 false true
// [1 1 2 2 3 3 4 5 5 6 6 7]
// [0 0 1 2 2 3 4 4 5 6 6 7]
