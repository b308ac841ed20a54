package main

import "fmt"

type Key int

func (k Key) String() string { return fmt.Sprintf("k%d", int(k)) }

type Val string

func (v Val) String() string { return "<" + string(v) + ">" }

func main() {
	m := map[Key]Val{3: "c", 1: "a", 20: "t", 2: "b"}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Printf("%d\n", map[Key]int{5: 1, 4: 2})
	ms := map[string]Key{"z": 1, "a": 2}
	fmt.Println(ms)
}

// Output:
// map[k1:<a> k2:<b> k3:<c> k20:<t>]
// map[k1:<a> k2:<b> k3:<c> k20:<t>]
// map[4:2 5:1]
// map[a:k2 z:k1]
