package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := []struct {
		p, s string
	}{
		{`a`, "banana"}, {`a*`, "banana"}, {``, "abc"}, {`,`, ""}, {`x*`, ""}, {`\s+`, "  a b  c "},
		{`b`, "b"}, {`é`, "aébéc"}, {`(,)`, "1,2,3"}, {`z`, "abc"}, {`^`, "abc"}, {`$`, "abc"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.p)
		for _, n := range []int{-1, 0, 1, 2, 3} {
			r := re.Split(c.s, n)
			fmt.Printf("%q %q %d: %q %d %v\n", c.p, c.s, n, r, len(r), r == nil)
		}
	}
}

// Output:
// "a" "banana" -1: ["b" "n" "n" ""] 4 false
// "a" "banana" 0: [] 0 true
// "a" "banana" 1: ["banana"] 1 false
// "a" "banana" 2: ["b" "nana"] 2 false
// "a" "banana" 3: ["b" "n" "na"] 3 false
// "a*" "banana" -1: ["b" "n" "n" ""] 4 false
// "a*" "banana" 0: [] 0 true
// "a*" "banana" 1: ["banana"] 1 false
// "a*" "banana" 2: ["b" "nana"] 2 false
// "a*" "banana" 3: ["b" "n" "na"] 3 false
// "" "abc" -1: ["a" "b" "c"] 3 false
// "" "abc" 0: [] 0 true
// "" "abc" 1: ["abc"] 1 false
// "" "abc" 2: ["a" "bc"] 2 false
// "" "abc" 3: ["a" "b" "c"] 3 false
// "," "" -1: [""] 1 false
// "," "" 0: [] 0 true
// "," "" 1: [""] 1 false
// "," "" 2: [""] 1 false
// "," "" 3: [""] 1 false
// "x*" "" -1: [""] 1 false
// "x*" "" 0: [] 0 true
// "x*" "" 1: [""] 1 false
// "x*" "" 2: [""] 1 false
// "x*" "" 3: [""] 1 false
// "\\s+" "  a b  c " -1: ["" "a" "b" "c" ""] 5 false
// "\\s+" "  a b  c " 0: [] 0 true
// "\\s+" "  a b  c " 1: ["  a b  c "] 1 false
// "\\s+" "  a b  c " 2: ["" "a b  c "] 2 false
// "\\s+" "  a b  c " 3: ["" "a" "b  c "] 3 false
// "b" "b" -1: ["" ""] 2 false
// "b" "b" 0: [] 0 true
// "b" "b" 1: ["b"] 1 false
// "b" "b" 2: ["" ""] 2 false
// "b" "b" 3: ["" ""] 2 false
// "é" "aébéc" -1: ["a" "b" "c"] 3 false
// "é" "aébéc" 0: [] 0 true
// "é" "aébéc" 1: ["aébéc"] 1 false
// "é" "aébéc" 2: ["a" "béc"] 2 false
// "é" "aébéc" 3: ["a" "b" "c"] 3 false
// "(,)" "1,2,3" -1: ["1" "2" "3"] 3 false
// "(,)" "1,2,3" 0: [] 0 true
// "(,)" "1,2,3" 1: ["1,2,3"] 1 false
// "(,)" "1,2,3" 2: ["1" "2,3"] 2 false
// "(,)" "1,2,3" 3: ["1" "2" "3"] 3 false
// "z" "abc" -1: ["abc"] 1 false
// "z" "abc" 0: [] 0 true
// "z" "abc" 1: ["abc"] 1 false
// "z" "abc" 2: ["abc"] 1 false
// "z" "abc" 3: ["abc"] 1 false
// "^" "abc" -1: ["abc"] 1 false
// "^" "abc" 0: [] 0 true
// "^" "abc" 1: ["abc"] 1 false
// "^" "abc" 2: ["abc"] 1 false
// "^" "abc" 3: ["abc"] 1 false
// "$" "abc" -1: ["abc"] 1 false
// "$" "abc" 0: [] 0 true
// "$" "abc" 1: ["abc"] 1 false
// "$" "abc" 2: ["abc"] 1 false
// "$" "abc" 3: ["abc"] 1 false
