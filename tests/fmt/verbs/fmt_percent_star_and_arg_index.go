package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d%% of %s\n", 50, "total")
	fmt.Printf("%*d|\n", 5, 42)
	fmt.Printf("%-*d|\n", 5, 42)
	fmt.Printf("%.*f|\n", 2, 3.14159)
	fmt.Printf("%*.*f|\n", 8, 3, 3.14159)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 12)
	fmt.Printf("%s %[1]q\n", "rep")
	fmt.Printf("%[2]*[1]d|\n", 7, 4)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
}

// Output:
// 100%
// 50% of total
//    42|
// 42   |
// 3.14|
//    3.142|
// 20 10
// 12 c 14 1100
// rep "rep"
//    7|
// 1 2 1 2
