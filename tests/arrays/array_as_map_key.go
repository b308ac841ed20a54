package main

import "fmt"

func main() {
	visited := map[[2]int]bool{}
	path := [][2]int{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))
	fmt.Println(visited)
	words := map[[3]byte]string{}
	words[[3]byte{'c', 'a', 't'}] = "cat"
	k := [3]byte{'c', 'a', 't'}
	fmt.Println(words[k], len(words))
}

// Output:
// revisit [0 1]
// revisit [0 0]
// 3
// map[[0 0]:true [0 1]:true [1 1]:true]
// cat 1
