package main

import "fmt"

type Bag struct {
	Items []string
	N     int
}

func main() {
	a := Bag{[]string{"x", "y"}, 2}
	b := a
	b.Items[0] = "CHANGED"
	b.N = 99
	fmt.Println(a.Items, a.N)
	fmt.Println(b.Items, b.N)
	b.Items = append(b.Items, "z")
	fmt.Println(len(a.Items), len(b.Items))
	b.Items[1] = "after-append"
	fmt.Println(a.Items, b.Items)
}

// Output:
// [CHANGED y] 2
// [CHANGED y] 99
// 2 3
// [CHANGED y] [CHANGED after-append z]
