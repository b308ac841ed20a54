package main

import "fmt"

func main() {
	fmt.Println(3.0)
	fmt.Println(2.5)
	fmt.Println(0.1)
	fmt.Println(1.0 / 3.0)
	fmt.Println(2.0 / 3.0)
	fmt.Println(-7.25)
	fmt.Println(100.0)
	fmt.Println(0.0)
	fmt.Println(3.14159)
	fmt.Println(1.1, 2.2, 3.3)
}

// Output:
// 3
// 2.5
// 0.1
// 0.3333333333333333
// 0.6666666666666666
// -7.25
// 100
// 0
// 3.14159
// 1.1 2.2 3.3
