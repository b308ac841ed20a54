package main

import (
	"fmt"
	"strings"
)

func main() {
	rows := [][]int{{1}}
	for i := 1; i < 8; i++ {
		prev := rows[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		rows = append(rows, row)
	}
	for i, row := range rows {
		line := strings.Repeat(" ", (len(rows)-i-1)*2)
		for _, v := range row {
			line += fmt.Sprintf("%4d", v)
		}
		fmt.Println(line)
	}
	sum := 0
	for _, v := range rows[7] {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
//                  1
//                1   1
//              1   2   1
//            1   3   3   1
//          1   4   6   4   1
//        1   5  10  10   5   1
//      1   6  15  20  15   6   1
//    1   7  21  35  35  21   7   1
// 128
