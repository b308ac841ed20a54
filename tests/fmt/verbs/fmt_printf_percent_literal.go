package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%%d is a verb\n")
	s := fmt.Sprintf("%%%d%%", 7)
	fmt.Println(s, len(s))
	fmt.Printf("a%%b%%c\n")
}

// Output:
// 100%
// 50%
// %d is a verb
// %7% 3
// a%b%c
