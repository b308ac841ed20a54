package main

import "fmt"

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 9, "Banana": 2, "apple2": 0}
	fmt.Println(m)
	mi := map[int]string{10: "ten", -5: "neg", 3: "three", 0: "zero"}
	fmt.Println(mi)
	mf := map[float64]bool{2.5: true, -1: false, 0.1: true}
	fmt.Println(mf)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mr := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(mr)
	type P struct{ X, Y int }
	mp := map[P]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(mp)
	ma := map[[2]int]int{{2, 0}: 1, {0, 9}: 2}
	fmt.Println(ma)
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
}

// Output:
// map[Banana:2 apple:1 apple2:0 fig:9 pear:3]
// map[-5:neg 0:zero 3:three 10:ten]
// map[-1:false 0.1:true 2.5:true]
// map[false:0 true:1]
// map[97:1 98:2]
// map[{1 1}:a {1 2}:b {2 1}:c]
// map[[0 9]:2 [2 0]:1]
// map[a:[1 1] b:[2]]
