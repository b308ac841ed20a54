package main

import "fmt"

func main() {
	s := "aé世😀z"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	count := 0
	for range s {
		count++
	}
	fmt.Println(count, len(s))
	for i := range "héllo" {
		fmt.Print(i, ";")
	}
	fmt.Println()
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 128512 😀
// 10 122 z
// 5 11
// 0;1;3;4;5;
