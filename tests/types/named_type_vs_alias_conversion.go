package main

import "fmt"

type ID int64
type Score = int64

func describe(v interface{}) string {
	switch v.(type) {
	case ID:
		return "ID"
	case int64:
		return "int64"
	}
	return "other"
}

func main() {
	var id ID = 42
	var s Score = 42
	fmt.Println(describe(id), describe(s))
	var n int64 = s
	fmt.Println(n == s, int64(id) == n, id == ID(s))
	ids := []ID{3, 1, 2}
	total := ID(0)
	for _, x := range ids {
		total += x
	}
	fmt.Printf("%T %v\n", total, total)
}

// Output:
// ID int64
// true true true
// main.ID 6
