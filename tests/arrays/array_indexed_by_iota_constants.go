package main

import "fmt"

const (
	Red = iota
	Green
	Blue
	numColors
)

var names = [...]string{
	Blue:  "blue",
	Red:   "red",
	Green: "green",
}

func main() {
	fmt.Println(len(names), numColors)
	for i := 0; i < numColors; i++ {
		fmt.Println(i, names[i])
	}
	var counts [numColors]int
	for _, c := range []int{Red, Blue, Blue, Green, Blue} {
		counts[c]++
	}
	fmt.Println(counts)
}

// Output:
// 3 3
// 0 red
// 1 green
// 2 blue
// [1 1 3]
