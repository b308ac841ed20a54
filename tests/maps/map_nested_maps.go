package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	addEdge := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	addEdge("x", "y", 3)
	addEdge("x", "z", 5)
	addEdge("y", "z", 1)
	fmt.Println(len(graph), len(graph["x"]), len(graph["y"]))
	fmt.Println(graph["x"]["z"], graph["y"]["z"], graph["z"]["x"])
	fmt.Println(graph)
	inner, ok := graph["q"]
	fmt.Println(inner == nil, ok, len(inner))
}

// Output:
// 2 2 1
// 5 1 0
// map[x:map[y:3 z:5] y:map[z:1]]
// true false 0
