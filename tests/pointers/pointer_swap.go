package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func swapStr(a, b *string) {
	tmp := *a
	*a = *b
	*b = tmp
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	s := []int{5, 6, 7}
	swap(&s[0], &s[2])
	fmt.Println(s)
	p, q := "left", "right"
	swapStr(&p, &q)
	fmt.Println(p, q)
	swap(&x, &x)
	fmt.Println(x)
}

// Output:
// 2 1
// [7 6 5]
// right left
// 2
