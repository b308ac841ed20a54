package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		fmt.Print(i, ";")
	}
	fmt.Println()
	words := []string{"a", "", "b", "", "", "c"}
	var kept []string
	for _, w := range words {
		if w == "" {
			continue
		}
		kept = append(kept, w)
	}
	fmt.Println(kept, len(kept))
	j := 0
	for j < 6 {
		j++
		if j == 2 || j == 4 {
			continue
		}
		fmt.Print(j)
	}
	fmt.Println()
}

// Output:
// 1;2;4;5;7;8;
// [a b c] 3
// 1356
