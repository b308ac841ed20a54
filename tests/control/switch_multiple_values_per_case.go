package main

import "fmt"

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	return "other"
}

func main() {
	counts := map[string]int{}
	for _, r := range "hello world 42 audio" {
		counts[kind(r)]++
	}
	fmt.Println(counts["vowel"], counts["space"], counts["digit"], counts["other"])
	switch x := 4; x {
	case 1, 2, 3:
		fmt.Println("low")
	case 4, 5, 6:
		fmt.Println("mid")
	}
}

// Output:
// 7 3 2 8
// mid
