package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(reverse("hello"))
	fmt.Println(reverse("héllo"))
	fmt.Println(reverse("世界!"))
	fmt.Println(reverse(""))
	fmt.Println(reverse("a"))
	fmt.Println(reverse("ab😀cd"))
}

// Output:
// olleh
// olléh
// !界世
//
// a
// dc😀ba
