package main

import "fmt"

func main() {
	var c complex64 = 1
	fmt.Println(^c)
}

// Error:
// 7:15: invalid operation: operator ^ not defined on c (variable of type complex64)
