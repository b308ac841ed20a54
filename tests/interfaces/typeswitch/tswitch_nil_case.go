package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func check(i I) string {
	switch v := i.(type) {
	case nil:
		return fmt.Sprintf("nil interface (%v)", v)
	case *T:
		if v == nil {
			return "typed nil *T"
		}
		return "non-nil *T"
	default:
		return "other"
	}
}

func main() {
	var i I
	fmt.Println(check(i))
	var p *T
	fmt.Println(check(p))
	fmt.Println(check(&T{}))
	var e interface{}
	switch e.(type) {
	case int:
		fmt.Println("int")
	case nil:
		fmt.Println("empty is nil")
	}
}

// Output:
// nil interface (<nil>)
// typed nil *T
// non-nil *T
// empty is nil
