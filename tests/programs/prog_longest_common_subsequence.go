package main

import "fmt"

func lcs(a, b string) string {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	out := []byte{}
	i, j := 0, 0
	for i < n && j < m {
		if a[i] == b[j] {
			out = append(out, a[i])
			i++
			j++
		} else if dp[i+1][j] >= dp[i][j+1] {
			i++
		} else {
			j++
		}
	}
	return string(out)
}

func main() {
	pairs := [][]string{{"ABCBDAB", "BDCABA"}, {"AGGTAB", "GXTXAYB"}, {"abc", "xyz"}, {"", "abc"}, {"kitten", "sitting"}}
	for _, p := range pairs {
		r := lcs(p[0], p[1])
		fmt.Printf("%q %q -> %q (%d)\n", p[0], p[1], r, len(r))
	}
}

// Output:
// "ABCBDAB" "BDCABA" -> "BDAB" (4)
// "AGGTAB" "GXTXAYB" -> "GTAB" (4)
// "abc" "xyz" -> "" (0)
// "" "abc" -> "" (0)
// "kitten" "sitting" -> "ittn" (4)
