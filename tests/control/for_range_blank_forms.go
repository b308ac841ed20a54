package main

import "fmt"

func main() {
	s := []string{"p", "q", "r"}
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	for i, _ := range s {
		fmt.Print(i)
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println(count)
	for _ = range "héllo" {
		count++
	}
	fmt.Println(count)
	m := map[string]int{"a": 1, "b": 2}
	for range m {
		count += 10
	}
	fmt.Println(count)
}

// Output:
// pqr
// 012
// 3
// 8
// 28
