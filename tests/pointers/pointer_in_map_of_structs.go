package main

import "fmt"

type Acct struct {
	Bal int
}

func main() {
	byName := map[string]*Acct{}
	names := []string{"a", "b", "a", "c", "a"}
	for _, n := range names {
		acc, ok := byName[n]
		if !ok {
			acc = &Acct{}
			byName[n] = acc
		}
		acc.Bal += 10
	}
	fmt.Println(byName["a"].Bal, byName["b"].Bal, byName["c"].Bal, len(byName))
	alias := byName["a"]
	delete(byName, "a")
	alias.Bal++
	fmt.Println(alias.Bal, len(byName))
	_, ok := byName["a"]
	fmt.Println(ok)
}

// Output:
// 30 10 10 3
// 31 2
// false
