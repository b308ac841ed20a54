package main

import "fmt"

func main() {
	rows := [][]int{{1, 200, 3}, {40, 5, 6000}, {7, 80, 9}}
	for _, r := range rows {
		line := ""
		for j, v := range r {
			if j > 0 {
				line += " |"
			}
			line += fmt.Sprintf("%5d", v)
		}
		fmt.Println(line)
	}
	header := fmt.Sprintf("%-6s%-6s%s", "a", "b", "c")
	fmt.Println(header + "<")
	fmt.Println(len(header))
}

// Output:
//     1 |  200 |    3
//    40 |    5 | 6000
//     7 |   80 |    9
// a     b     c<
// 13
