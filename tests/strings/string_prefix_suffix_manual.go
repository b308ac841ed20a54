package main

import "fmt"

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

func hasSuffix(s, p string) bool {
	return len(s) >= len(p) && s[len(s)-len(p):] == p
}

func main() {
	fmt.Println(hasPrefix("golang", "go"))
	fmt.Println(hasPrefix("golang", "lang"))
	fmt.Println(hasSuffix("golang", "lang"))
	fmt.Println(hasSuffix("go", "golang"))
	fmt.Println(hasPrefix("x", ""), hasSuffix("", ""))
	name := "report.txt"
	if hasSuffix(name, ".txt") {
		fmt.Println(name[:len(name)-4])
	}
}

// Output:
// true
// false
// true
// false
// true true
// report
