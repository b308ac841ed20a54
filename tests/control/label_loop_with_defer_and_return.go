package main

import "fmt"

func search(m [][]int, target int) (pos string) {
	defer func() { fmt.Println("search done:", pos) }()
	pos = "missing"
rows:
	for i, row := range m {
		for j, v := range row {
			switch {
			case v == target:
				pos = fmt.Sprint(i, ",", j)
				break rows
			case v > target:
				continue rows
			}
		}
	}
	return
}

func main() {
	m := [][]int{{1, 5, 9}, {2, 3, 4}, {6, 7, 8}}
	fmt.Println(search(m, 4))
	fmt.Println(search(m, 9))
	fmt.Println(search(m, 0))
}

// Output:
// search done: 1,2
// 1,2
// search done: 0,2
// 0,2
// search done: missing
// missing
