package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int one"
	m[int64(1)] = "int64 one"
	m["1"] = "string one"
	m[Point{1, 1}] = "point"
	m[true] = "bool"
	m[1.0] = "float one"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"])
	fmt.Println(m[Point{1, 1}], m[true], m[1.0], m[[2]int{1, 1}])
	v, ok := m[uint(1)]
	fmt.Printf("%q %v\n", v, ok)
	m[1] = "replaced"
	fmt.Println(m[1], len(m))
	delete(m, "1")
	_, ok = m["1"]
	fmt.Println(ok, len(m))
}

// Output:
// 7
// int one | int64 one | string one
// point bool float one array
// "" false
// replaced 7
// false 6
