package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name)
	return true
}

func f(name string) bool {
	calls = append(calls, name)
	return false
}

func main() {
	r := f("a") && t("b")
	fmt.Println(r, calls)
	calls = nil
	r = t("a") || f("b")
	fmt.Println(r, calls)
	calls = nil
	r = t("a") && f("b") || t("c")
	fmt.Println(r, calls)
	calls = nil
	r = f("a") || f("b") && t("c")
	fmt.Println(r, calls)
	calls = nil
	s := []int{1, 2}
	i := 5
	ok := i < len(s) && s[i] > 0
	fmt.Println(ok, !ok)
}

// Output:
// false [a]
// true [a]
// true [a b c]
// false [a b]
// false true
