package main

import "fmt"

func main() {
	runes := map[rune]int{}
	for _, r := range "hello" {
		runes[r]++
	}
	fmt.Println(runes['l'], runes['h'], runes['z'], len(runes))
	flags := map[bool]string{true: "yes", false: "no"}
	fmt.Println(flags[1 > 0], flags[1 < 0])
	fl := map[float64]int{0.5: 1, 1.5: 2}
	fl[0.25+0.25]++
	fmt.Println(fl[0.5], len(fl))
	bytes := map[byte]bool{'a': true}
	fmt.Println(bytes['a'], bytes['b'])
	ints := map[int]string{-1: "neg", 0: "zero"}
	fmt.Println(ints[-1], ints[0], ints[1] == "")
}

// Output:
// 2 1 0 4
// yes no
// 2 2
// true false
// neg zero true
