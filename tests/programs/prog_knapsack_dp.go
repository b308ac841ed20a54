package main

import "fmt"

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if weights[i-1] <= w {
				if v := dp[i-1][w-weights[i-1]] + values[i-1]; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []int
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]int{i - 1}, chosen...)
			w -= weights[i-1]
		}
	}
	return dp[n][capacity], chosen
}

func main() {
	weights := []int{1, 3, 4, 5}
	values := []int{1, 4, 5, 7}
	for _, c := range []int{0, 4, 7, 9, 13} {
		best, items := knapsack(weights, values, c)
		fmt.Println(c, best, items)
	}
}

// Output:
// 0 0 []
// 4 5 [0 1]
// 7 9 [1 2]
// 9 12 [0 1 3]
// 13 17 [0 1 2 3]
