package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Handler func(string) error
type IntList []int
type Grid [2][3]int

func main() {
	var sh Shape = Sq{2}
	fmt.Printf("%T\n", sh)
	sh = &Sq{3}
	fmt.Printf("%T\n", sh)
	fmt.Printf("%T\n", main)
	fmt.Printf("%T\n", fmt.Println)
	fmt.Printf("%T\n", func(a, b int) (string, error) { return "", nil })
	fmt.Printf("%T\n", Handler(nil))
	fmt.Printf("%T %T\n", IntList{}, Grid{})
	fmt.Printf("%T\n", errors.New("x"))
	fmt.Printf("%T\n", map[string][]*Sq{})
	fmt.Printf("%T\n", struct {
		A int
		b string
	}{})
	fmt.Printf("%T %T %T\n", 'x', byte('x'), uintptr(0))
	fmt.Printf("%T\n", []interface{}{1})
	fmt.Printf("%T\n", [...]string{"a", "b"})
	fmt.Printf("%T\n", func(...int) {})
}

// Output:
// main.Sq
// *main.Sq
// func()
// func(...interface {}) (int, error)
// func(int, int) (string, error)
// main.Handler
// main.IntList main.Grid
// *errors.errorString
// map[string][]*main.Sq
// struct { A int; b string }
// int32 uint8 uintptr
// []interface {}
// [2]string
// func(...int)
