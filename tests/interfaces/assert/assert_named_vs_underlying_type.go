package main

import "fmt"

type MyInt int
type Names []string

func main() {
	var x interface{} = MyInt(5)
	_, ok := x.(int)
	fmt.Println("int:", ok)
	m, ok := x.(MyInt)
	fmt.Println("MyInt:", ok, m)
	x = 5
	_, ok = x.(MyInt)
	fmt.Println("int as MyInt:", ok)
	x = Names{"a"}
	_, ok = x.([]string)
	fmt.Println("[]string:", ok)
	n, ok := x.(Names)
	fmt.Println("Names:", ok, n)
	x = byte(1)
	_, ok = x.(uint8)
	fmt.Println("byte is uint8:", ok)
	x = 'r'
	_, ok = x.(int32)
	fmt.Println("rune is int32:", ok)
}

// Output:
// int: false
// MyInt: true 5
// int as MyInt: false
// []string: false
// Names: true [a]
// byte is uint8: true
// rune is int32: true
