package main

import (
	"fmt"
	"strings"
)

func sortRunes(s string) string {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j-1] > rs[j]; j-- {
			rs[j-1], rs[j] = rs[j], rs[j-1]
		}
	}
	return string(rs)
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j-1] > a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
		}
	}
}

func main() {
	words := strings.Split("listen silent enlist google tinsel inlets banana elgoog cat act tac", " ")
	groups := map[string][]string{}
	for _, w := range words {
		k := sortRunes(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		g := groups[k]
		sortStrings(g)
		fmt.Printf("%s: %s\n", k, strings.Join(g, ","))
	}
}

// Output:
// aaabnn: banana
// act: act,cat,tac
// eggloo: elgoog,google
// eilnst: enlist,inlets,listen,silent,tinsel
