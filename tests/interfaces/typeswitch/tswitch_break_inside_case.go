package main

import "fmt"

func main() {
	vals := []interface{}{1, -2, "skip", "keep", 3}
	sum := 0
	var words []string
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			if x < 0 {
				fmt.Println("negative, breaking switch")
				break
			}
			sum += x
		case string:
			if x == "skip" {
				break
			}
			words = append(words, x)
		}
		fmt.Println("after switch", v)
	}
	fmt.Println(sum, words)
outer:
	for _, v := range vals {
		switch v.(type) {
		case string:
			fmt.Println("first string found:", v)
			break outer
		}
	}
}

// Output:
// after switch 1
// negative, breaking switch
// after switch -2
// after switch skip
// after switch keep
// after switch 3
// 4 [keep]
// first string found: skip
