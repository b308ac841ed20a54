package main

import "fmt"

func main() {
	a := map[string]int{}
	b := map[int]string{}
	c := map[string]bool{}
	d := map[string][]int{}
	e := map[string]float64{}
	fmt.Println(a["x"])
	fmt.Printf("%q\n", b[5])
	fmt.Println(c["y"])
	fmt.Println(d["z"], d["z"] == nil, len(d["z"]))
	fmt.Println(e["w"])
	fmt.Println(len(a), len(b), len(c), len(d), len(e))
	d["k"] = append(d["k"], 1)
	fmt.Println(d)
}

// Output:
// 0
// ""
// false
// [] true 0
// 0
// 0 0 0 0 0
// map[k:[1]]
