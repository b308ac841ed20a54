package main

import "fmt"

type T struct{ V int }

func (t T) Val() int   { return t.V }
func (t *T) Set(v int) { t.V = v }

func main() {
	// (*T) has both methods; T has only Val.
	set := (*T).Set
	val := (*T).Val
	valT := T.Val
	x := &T{1}
	set(x, 5)
	fmt.Println(val(x), valT(*x))
	fmt.Printf("%T\n%T\n%T\n", set, val, valT)
	fs := []func(*T) int{(*T).Val}
	fmt.Println(fs[0](&T{9}))
}

// Output:
// 5 5
// func(*main.T, int)
// func(*main.T) int
// func(main.T) int
// 9
