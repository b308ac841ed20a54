package main

import "fmt"

func main() {
	fmt.Println("apple" < "banana")
	fmt.Println("apple" < "apple")
	fmt.Println("apple" <= "apple")
	fmt.Println("abc" < "abcd")
	fmt.Println("Z" < "a")
	fmt.Println("b" > "abc")
	fmt.Println("" < "a")
	fmt.Println("go" == "g"+"o")
	fmt.Println("go" != "Go")
	fmt.Println("é" > "z")
	fmt.Println("abc" >= "abd")
}

// Output:
// true
// false
// true
// true
// true
// true
// true
// true
// true
// true
// false
