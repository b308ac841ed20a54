package main

import "fmt"

func main() {
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"bb", 2},
		{"ccc", 3},
		{"", 0},
	}
	for i, tc := range tests {
		got := len(tc.in)
		fmt.Println(i, tc.in, got == tc.want)
	}
	tests[0].want = 7
	fmt.Println(tests[0])
	fmt.Println(len(tests), tests[2])
}

// Output:
// 0 a true
// 1 bb true
// 2 ccc true
// 3  true
// {a 7}
// 4 {ccc 3}
