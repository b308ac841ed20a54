package main

import "fmt"

func main() {
	fmt.Printf("%t\n", true)
	fmt.Printf("%t %t\n", false, 3 > 2)
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("%v\n", !true)
	b := []bool{true, false, true}
	fmt.Printf("%t\n", b)
	fmt.Println(true && false, true || false)
}

// Output:
// true
// false true
// [  true][false ]
// false
// [true false true]
// false true
