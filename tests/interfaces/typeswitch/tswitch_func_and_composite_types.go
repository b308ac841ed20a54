package main

import "fmt"

func call(v interface{}) {
	switch f := v.(type) {
	case func():
		fmt.Println("thunk:")
		f()
	case func(int) int:
		fmt.Println("unary:", f(6))
	case func(string) (int, error):
		n, err := f("abc")
		fmt.Println("parser:", n, err)
	case map[string]int:
		fmt.Println("map with", len(f), "entries, a =", f["a"])
	case [2]string:
		fmt.Println("array", f[1], f[0])
	case struct{ A int }:
		fmt.Println("anon struct", f.A)
	default:
		fmt.Printf("can't call %T\n", f)
	}
}

func main() {
	call(func() { fmt.Println("  inside thunk") })
	call(func(n int) int { return n * 7 })
	call(func(s string) (int, error) { return len(s), nil })
	call(func(s string) int { return 0 })
	call(map[string]int{"a": 1, "b": 2})
	call([2]string{"x", "y"})
	call(struct{ A int }{5})
	call(struct{ B int }{5})
}

// Output:
// thunk:
//   inside thunk
// unary: 42
// parser: 3 <nil>
// can't call func(string) int
// map with 2 entries, a = 1
// array y x
// anon struct 5
// can't call struct { B int }
