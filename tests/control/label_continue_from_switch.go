package main

import "fmt"

func main() {
	words := []string{"go", "", "skip", "c", "rust"}
	n := 0
	for _, w := range words {
		switch {
		case w == "":
			continue
		case w == "skip":
			fmt.Println("skipping")
			continue
		}
		n++
		fmt.Println("word", w, len(w))
	}
	fmt.Println("counted", n)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch j {
			case 1:
				continue outer
			}
			fmt.Println("pair", i, j)
		}
	}
}

// Output:
// word go 2
// skipping
// word c 1
// word rust 4
// counted 3
// pair 0 0
// pair 1 0
// pair 2 0
