package main

import "fmt"

func main() {
	m := map[string][3]int{}
	m["a"] = [3]int{1, 2, 3}
	v := m["a"]
	v[0] = 100
	fmt.Println(m["a"], v)
	m["a"] = v
	fmt.Println(m["a"])
	fmt.Println(m["missing"], len(m["missing"]))
	mp := map[string]*[3]int{"b": {7, 8, 9}}
	mp["b"][1] = 80
	fmt.Println(*mp["b"])
	fmt.Println(m)
}

// Output:
// [1 2 3] [100 2 3]
// [100 2 3]
// [0 0 0] 3
// [7 80 9]
// map[a:[100 2 3]]
