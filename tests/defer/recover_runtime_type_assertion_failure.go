package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func try(f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println(r, ok)
	}()
	f()
}

func main() {
	var x interface{} = "hello"
	try(func() { fmt.Println(x.(int)) })
	try(func() { fmt.Println(x.(string)) })
	var s Shape = Sq{2}
	try(func() { fmt.Println(s.(Sq).Area()) })
	var none interface{}
	try(func() { fmt.Println(none.(int)) })
	try(func() { fmt.Println(x.(fmt.Stringer)) })
}

// Output:
// interface conversion: interface {} is string, not int true
// hello
// <nil> false
// 4
// <nil> false
// interface conversion: interface {} is nil, not int true
// interface conversion: string is not fmt.Stringer: missing method String true
