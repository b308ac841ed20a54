package main

func main() {
	a := [][]int{{1 2, 3}, {4, 5, 6}}
	b := map[string][]int{"x": {1, 2}, "y": {3 4}}
	println(len(a), len(b))
}

// Error:
// 4:18: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }
// 5:45: syntax error: unexpected literal 4 in composite literal; possibly missing comma or }
