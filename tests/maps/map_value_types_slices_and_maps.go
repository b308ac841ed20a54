package main

import "fmt"

func main() {
	nested := map[string]map[string]int{}
	nested["x"] = map[string]int{"a": 1}
	nested["y"] = map[string]int{}
	nested["y"]["b"] = 2
	nested["x"]["c"] = 3
	fmt.Println(nested)
	fmt.Println(nested["missing"]["q"])
	ms := []map[string]int{{"k": 1}, {}, nil}
	fmt.Println(ms, len(ms))
	idx := map[string][]string{"fruit": {"apple", "fig"}, "veg": {"leek"}}
	fmt.Println(idx)
	fmt.Printf("%q\n", idx["fruit"])
}

// Output:
// map[x:map[a:1 c:3] y:map[b:2]]
// 0
// [map[k:1] map[] map[]] 3
// map[fruit:[apple fig] veg:[leek]]
// ["apple" "fig"]
