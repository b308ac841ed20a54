package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: runtime error: index out of range [5] with length 3 [recovered]
//		panic: runtime error: index out of range [5] with length 3
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after:", r)
		panic(r)
	}()
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[0])
	fmt.Println(s[i])
}

// Output:
// 1
// cleanup after: runtime error: index out of range [5] with length 3
// Panic: runtime error: index out of range [5] with length 3 [recovered]
