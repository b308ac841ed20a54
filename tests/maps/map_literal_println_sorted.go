package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	n := map[int]string{3: "c", -1: "neg", 10: "ten", 2: "b"}
	fmt.Println(n)
	b := map[string]bool{"y": true, "x": false}
	fmt.Println(b)
	r := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(r)
	e := map[string]int{}
	fmt.Println(e, len(e))
	fmt.Printf("%v\n", map[string][]int{"b": {2, 3}, "a": nil})
}

// Output:
// map[alpha:1 mid:13 zeta:26]
// map[-1:neg 2:b 3:c 10:ten]
// map[x:false y:true]
// map[97:1 98:2]
// map[] 0
// map[a:[] b:[2 3]]
