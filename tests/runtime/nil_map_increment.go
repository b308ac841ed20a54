package main

func main() {
	var counts map[rune]int
	for _, r := range "aa" {
		counts[r]++
	}
}

// Panic: assignment to entry in nil map
