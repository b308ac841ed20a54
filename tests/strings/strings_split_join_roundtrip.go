package main

import (
	"fmt"
	"strings"
)

func main() {
	line := "alpha beta  gamma"
	words := strings.Split(line, " ")
	fmt.Printf("%q\n", words)
	fmt.Println(strings.Join(words, " ") == line)
	var kept []string
	for _, w := range words {
		if w != "" {
			kept = append(kept, strings.ToUpper(w[:1])+w[1:])
		}
	}
	fmt.Println(strings.Join(kept, "_"))
	csv := "1,2,3"
	fmt.Println(strings.Join(strings.Split(csv, ","), ";"))
}

// Output:
// ["alpha" "beta" "" "gamma"]
// true
// Alpha_Beta_Gamma
// 1;2;3
