package main

import "fmt"

type result struct {
	index int
	value string
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	results := make(chan result)
	for i, s := range inputs {
		go func(i int, s string) {
			results <- result{i, fmt.Sprintf("%s:%d", s, len(s))}
		}(i, s)
	}
	ordered := make([]string, len(inputs))
	for range inputs {
		r := <-results
		ordered[r.index] = r.value
	}
	for _, s := range ordered {
		fmt.Println(s)
	}
}

// Output:
// alpha:5
// beta:4
// gamma:5
// delta:5
// epsilon:7
