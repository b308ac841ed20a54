package main

import "fmt"

func main() {
	tri := [][]int{{1}, {1, 1}, {1, 2, 1}}
	next := []int{1}
	last := tri[len(tri)-1]
	for i := 1; i < len(last); i++ {
		next = append(next, last[i-1]+last[i])
	}
	next = append(next, 1)
	tri = append(tri, next)
	for _, row := range tri {
		fmt.Println(len(row), row)
	}
	fmt.Println(tri)
	empty := [][]int{{}, nil, {}}
	fmt.Println(empty, len(empty))
	fmt.Printf("%v\n", [][]string{{"a", "b"}, {"c"}})
}

// Output:
// 1 [1]
// 2 [1 1]
// 3 [1 2 1]
// 4 [1 3 3 1]
// [[1] [1 1] [1 2 1] [1 3 3 1]]
// [[] [] []] 3
// [[a b] [c]]
