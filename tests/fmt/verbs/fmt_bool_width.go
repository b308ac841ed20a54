package main

import "fmt"

func main() {
	fmt.Printf("%5t|\n", true)
	fmt.Printf("%-6t|\n", false)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%10v|\n", true)
	fmt.Printf("%d\n", true)
	fmt.Printf("%t\n", 1)
	fmt.Println(true, !true)
}

// Output:
//  true|
// false |
// true false
// [true false]
//       true|
// %!d(bool=true)
// %!t(int=1)
// true false
