package main

import "fmt"

func main() {
	var buckets [3][]string
	words := []string{"apple", "bob", "cat", "axe", "bee", "cow"}
	for _, w := range words {
		i := int(w[0] - 'a')
		buckets[i] = append(buckets[i], w)
	}
	fmt.Println(buckets)
	cp := buckets
	cp[0][0] = "APPLE"
	cp[1] = nil
	fmt.Println(buckets[0], len(buckets[1]), len(cp[1]))
	fmt.Println(len(buckets[2]), buckets[2][1])
}

// Output:
// [[apple axe] [bob bee] [cat cow]]
// [APPLE axe] 2 0
// 2 cow
