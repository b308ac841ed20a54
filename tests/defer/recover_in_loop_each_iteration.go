package main

import "fmt"

func main() {
	results := []string{}
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results = append(results, fmt.Sprint("P", r))
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			results = append(results, fmt.Sprint("ok", i))
		}()
	}
	for _, r := range results {
		fmt.Println(r)
	}
}

// Output:
// ok0
// P1
// ok2
// P3
// ok4
