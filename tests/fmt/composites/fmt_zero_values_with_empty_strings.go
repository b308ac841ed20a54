package main

import "fmt"

type T struct {
	A string
	B string
	N int
	C string
}

func main() {
	var t T
	fmt.Println(t)
	fmt.Printf("[%v]\n", t)
	fmt.Printf("%+v\n", t)
	t.B = "b"
	fmt.Println(t)
	fmt.Println([]string{"", "", "x"}, len([]string{"", ""}))
	fmt.Println([2]T{})
	fmt.Printf("%q\n", t)
}

// Output:
// {  0 }
// [{  0 }]
// {A: B: N:0 C:}
// { b 0 }
// [  x] 2
// [{  0 } {  0 }]
// {"" "b" '\x00' ""}
