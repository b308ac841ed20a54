package main

import "fmt"

func main() {
	menu := map[string][]string{
		"breakfast": {"eggs", "toast"},
		"lunch":     {"soup"},
		"dinner":    {"pasta", "salad", "cake"},
	}
	fmt.Println(len(menu), len(menu["dinner"]), menu["lunch"][0])
	table := map[string]map[string]int{
		"a": {"x": 1},
		"b": {"y": 2, "z": 3},
	}
	fmt.Println(table["b"]["z"], len(table["b"]))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	fmt.Println(ops["sub"] == nil)
	fmt.Println(menu)
}

// Output:
// 3 3 soup
// 3 2
// 7 12
// true
// map[breakfast:[eggs toast] dinner:[pasta salad cake] lunch:[soup]]
