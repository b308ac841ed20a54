package main

import "fmt"

// One label serves goto, break and continue: goto restarts the loop from
// its init statement.
func main() {
	rounds := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(rounds, i, j)
		}
	}
	rounds++
	if rounds < 2 {
		goto outer
	}
	fmt.Println("rounds", rounds)
}

// Output:
// 0 0 0
// 0 1 0
// 1 0 0
// 1 1 0
// rounds 2
