package main

import "fmt"

func main() {
	items := []interface{}{1, "two", 3.0}
	items[0] = "one"
	items[2] = []string{"three"}
	items = append(items, nil, 5)
	fmt.Println(items, len(items))
	for i := range items {
		if n, ok := items[i].(int); ok {
			items[i] = n * 10
		}
	}
	fmt.Println(items)
	copy(items, []interface{}{true, false})
	fmt.Println(items)
	fmt.Printf("%v|%d\n", items[3], items[4])
}

// Output:
// [one two [three] <nil> 5] 5
// [one two [three] <nil> 50]
// [true false [three] <nil> 50]
// <nil>|50
