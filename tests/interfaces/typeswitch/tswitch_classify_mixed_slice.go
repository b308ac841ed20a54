package main

import (
	"fmt"
	"strings"
)

func main() {
	data := []interface{}{3, "go", 1.5, true, 7, "sh", false, nil, 2.5, []int{1}}
	counts := map[string]int{}
	var ints []int
	var strs []string
	for _, d := range data {
		switch v := d.(type) {
		case int:
			counts["int"]++
			ints = append(ints, v)
		case string:
			counts["string"]++
			strs = append(strs, strings.ToUpper(v))
		case float64:
			counts["float"]++
		case bool:
			counts["bool"]++
		case nil:
			counts["nil"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(ints, strs)
}

// Output:
// map[bool:2 float:2 int:2 nil:1 other:1 string:2]
// [3 7] [GO SH]
