package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(3))
	p := r.Perm(10)
	fmt.Println(p)
	s := append([]int(nil), p...)
	sort.Ints(s)
	fmt.Println(s)
	fmt.Println(len(r.Perm(0)))
}

// Output:
// [8 6 4 5 3 7 1 9 2 0]
// [0 1 2 3 4 5 6 7 8 9]
// 0
