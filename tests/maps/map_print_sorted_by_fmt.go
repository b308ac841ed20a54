package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mu": 12, "beta": 2}
	fmt.Println(m)
	n := map[int]string{10: "ten", -3: "minus three", 7: "seven", 0: "zero"}
	fmt.Println(n)
	fmt.Printf("%v\n", map[string]bool{"y": true, "x": false})
	b := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(b)
	fmt.Println(map[string][]int{"odd": {1, 3}, "even": {2, 4}})
	fmt.Println(map[string]int{})
	s := fmt.Sprint(map[float64]string{2.5: "b", -1: "a"})
	fmt.Println(s)
}

// Output:
// map[alpha:1 beta:2 mu:12 zeta:26]
// map[-3:minus three 0:zero 7:seven 10:ten]
// map[x:false y:true]
// map[97:1 98:2]
// map[even:[2 4] odd:[1 3]]
// map[]
// map[-1:a 2.5:b]
