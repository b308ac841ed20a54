package main

import "fmt"

type Bad struct{ items []int }

func (b Bad) String() string { return fmt.Sprint("first=", b.items[0]) }

type Boom int

func (b Boom) Error() string { panic("kaboom") }

func main() {
	fmt.Println(Bad{[]int{7}})
	fmt.Println(Bad{})
	fmt.Printf("[%v]\n", Boom(1))
	s := fmt.Sprintf("%s and %d", Bad{}, Boom(2))
	fmt.Println(s)
	fmt.Println("still running")
}

// Output:
// first=7
// %!v(PANIC=String method: runtime error: index out of range [0] with length 0)
// [%!v(PANIC=Error method: kaboom)]
// %!s(PANIC=String method: runtime error: index out of range [0] with length 0) and 2
// still running
