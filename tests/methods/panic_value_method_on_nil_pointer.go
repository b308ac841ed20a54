package main

import "fmt"

type Size struct{ W, H int }

func (s Size) Area() int { return s.W * s.H }

func main() {
	s := &Size{2, 3}
	fmt.Println(s.Area())
	s = nil
	fmt.Println("calling Area on nil")
	fmt.Println(s.Area())
}

// Output:
// 6
// calling Area on nil
// Panic: runtime error: invalid memory address or nil pointer dereference
