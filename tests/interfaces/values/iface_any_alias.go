package main

import "fmt"

func describe(v any) string {
	return fmt.Sprintf("(%v, %T)", v, v)
}

func main() {
	var a any = 3
	var b interface{} = a
	fmt.Println(describe(a), describe(b))
	a = "now a string"
	fmt.Println(describe(a), describe(b))
	m := map[string]any{"n": 1, "s": "two", "f": 3.0, "l": []any{1, "x"}}
	fmt.Println(m)
	fmt.Println(a == b, b == 3)
}

// Output:
// (3, int) (3, int)
// (now a string, string) (3, int)
// map[f:3 l:[1 x] n:1 s:two]
// false true
