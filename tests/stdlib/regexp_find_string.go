package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(a+)(b)?(c*)`)
	for _, s := range []string{"xaabccy", "xay", "zzz", "", "ab"} {
		fmt.Printf("%q: %q %v %q %v\n", s, re.FindString(s), re.FindStringIndex(s),
			re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
		fmt.Println(re.FindStringIndex(s) == nil, re.FindStringSubmatch(s) == nil,
			re.FindStringSubmatchIndex(s) == nil)
	}
	empty := regexp.MustCompile(`x*`)
	fmt.Printf("%q %v\n", empty.FindString("abc"), empty.FindStringIndex("abc"))
	opt := regexp.MustCompile(`(x)|(y)`)
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("y"), opt.FindStringSubmatchIndex("y"))
	zero := regexp.MustCompile(`(a){0}b`)
	fmt.Printf("%q %v\n", zero.FindStringSubmatch("ab"), zero.FindStringSubmatchIndex("ab"))
	fmt.Println(regexp.MustCompile(`o`).FindString("foo"), regexp.MustCompile(`o+`).FindString("foo"))
	fmt.Println(regexp.MustCompile(`a|ab`).FindString("ab"), regexp.MustCompile(`ab|a`).FindString("ab"))
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaa"), regexp.MustCompile(`(?U)a+`).FindString("aaa"))
}

// Output:
// "xaabccy": "aabcc" [1 6] ["aabcc" "aa" "b" "cc"] [1 6 1 3 3 4 4 6]
// false false false
// "xay": "a" [1 2] ["a" "a" "" ""] [1 2 1 2 -1 -1 2 2]
// false false false
// "zzz": "" [] [] []
// true true true
// "": "" [] [] []
// true true true
// "ab": "ab" [0 2] ["ab" "a" "b" ""] [0 2 0 1 1 2 2 2]
// false false false
// "" [0 0]
// ["y" "" "y"] [0 1 -1 -1 0 1]
// ["b" ""] [1 2 -1 -1]
// o oo
// a ab
// a a
