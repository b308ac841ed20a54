// mapops: hash-map workload. Int keys: insert, lookup (1/3 hits), delete
// half, iterate. String keys: build keys with strconv, insert, lookup (half
// hits), update, delete a quarter, iterate. Measures map insert/lookup/delete
// /range for int and string keys, plus string hashing.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func intKeys(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*3] = i
	}
	hits := 0
	sum := 0
	for i := 0; i < n*3; i++ {
		if v, ok := m[i]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*3)
	}
	count := 0
	ksum := 0
	for k, v := range m {
		count++
		ksum += k - v
	}
	fmt.Printf("int keys: hits=%d sum=%d count=%d ksum=%d\n", hits, sum, count, ksum)
}

func stringKeys(n int) {
	keys := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = "key" + strconv.Itoa(i)
	}
	m := make(map[string]int)
	for i := 0; i < n; i += 2 {
		m[keys[i]] = i
	}
	hits := 0
	sum := 0
	for round := 0; round < 2; round++ {
		for i := 0; i < n; i++ {
			if v, ok := m[keys[i]]; ok {
				hits++
				sum += v
			}
		}
	}
	for i := 0; i < n; i += 6 {
		m[keys[i]] += 1
	}
	for i := 0; i < n; i += 4 {
		delete(m, keys[i])
	}
	count := 0
	vsum := 0
	klen := 0
	for k, v := range m {
		count++
		vsum += v
		klen += len(k)
	}
	fmt.Printf("string keys: hits=%d sum=%d count=%d vsum=%d klen=%d\n", hits, sum, count, vsum, klen)
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	intKeys(n)
	stringKeys(n)
}
