package main

import "fmt"

const (
	Sunday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	A = iota
	B
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(Wednesday, Thursday, Friday, Saturday)
	fmt.Println(A, B)
	fmt.Println(Saturday - Monday)
	fmt.Printf("%T %v\n", Friday, Friday)
}

// Output:
// 0 1 2
// 3 4 5 6
// 0 1
// 5
// int 5
