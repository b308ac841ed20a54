package main

import "fmt"

type MyInt = int
type Named int
type Str = string

func takesInt(x int) int { return x * 2 }

func main() {
	var a MyInt = 5
	var b Named = 5
	fmt.Printf("%T %T\n", a, b)
	fmt.Println(takesInt(a))
	fmt.Println(takesInt(int(b)))
	var s Str = "hi"
	fmt.Printf("%T %v\n", s, s+"!")
	var i int = a
	fmt.Println(i == a)
	var any interface{} = a
	_, isInt := any.(int)
	fmt.Println(isInt)
}

// Output:
// int main.Named
// 10
// 10
// string hi!
// true
// true
