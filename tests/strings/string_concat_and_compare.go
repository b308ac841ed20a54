package main

import "fmt"

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	fmt.Println(c, len(c))
	c += "baz"
	fmt.Println(c)
	fmt.Println(a < b, a > b, a == "foo", a != b)
	fmt.Println("apple" < "apricot", "Apple" < "apple", "app" < "apple")
	fmt.Println("" == "", "a"+"b" == "ab")
	words := []string{"pear", "fig", "banana"}
	longest := ""
	for _, w := range words {
		if w > longest {
			longest = w
		}
	}
	fmt.Println(longest)
}

// Output:
// foobar 6
// foobarbaz
// false true true true
// true true true
// true true
// pear
