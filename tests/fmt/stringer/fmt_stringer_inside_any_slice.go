package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func main() {
	vals := []interface{}{Level(0), 1, Level(2), "str", []Level{1, 0}}
	fmt.Println(vals)
	fmt.Printf("%v\n", vals)
	fmt.Printf("%d\n", vals[:3])
	m := map[string]interface{}{"lvl": Level(1), "n": 2}
	fmt.Println(m)
	fmt.Printf("%+v\n", struct {
		L Level
		V interface{}
	}{2, Level(0)})
}

// Output:
// [DEBUG 1 WARN str [INFO DEBUG]]
// [DEBUG 1 WARN str [INFO DEBUG]]
// [0 1 2]
// map[lvl:INFO n:2]
// {L:WARN V:DEBUG}
