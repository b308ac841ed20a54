package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, ";")
	}
	fmt.Println()
	for i := 10; i > 0; i -= 3 {
		fmt.Print(i, ";")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, ";")
	}
	fmt.Println()
	n := 0
	for ; n < 3; n++ {
	}
	fmt.Println(n)
	for i := 1; i < 100; i *= 2 {
		fmt.Print(i, ",")
	}
	fmt.Println()
}

// Output:
// 0;1;2;3;4;
// 10;7;4;1;
// 0:10;1:8;2:6;3:4;
// 3
// 1,2,4,8,16,32,64,
