package main

import "fmt"

func main() {
	fmt.Printf("%*d|\n", "w", 5)
	fmt.Printf("%.*d|\n", "p", 5)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%-*d|\n", -4, 7)
	fmt.Printf("%*d|\n", -4, 7)
}

// Output:
// %!(BADWIDTH)5|
// %!(BADPREC)5|
// %!d(BADINDEX)
// %!d(BADINDEX)
// %!d(BADINDEX)
// 7   |
// 7   |
