package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	if _, ok := m["zero"]; ok {
		fmt.Println("zero present")
	}
	if x, ok := m["nine"]; !ok {
		fmt.Println("nine absent", x)
	}
	s, found := map[int]string{1: "a"}[2]
	fmt.Printf("%q %v\n", s, found)
}

// Output:
// 1 true
// 0 true
// 0 false
// zero present
// nine absent 0
// "" false
