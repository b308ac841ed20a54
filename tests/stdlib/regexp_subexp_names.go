package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+) (\w+) (?P<last>\w+)(?:!)?`)
	fmt.Println(re.NumSubexp(), len(re.SubexpNames()))
	fmt.Printf("%q\n", re.SubexpNames())
	for _, n := range []string{"first", "last", "", "none", "2"} {
		fmt.Println(n, re.SubexpIndex(n))
	}
	m := re.FindStringSubmatch("Alan Mathison Turing!")
	fmt.Println(m[re.SubexpIndex("last")], m[re.SubexpIndex("first")])
	fmt.Println(regexp.MustCompile(`abc`).SubexpNames(), len(regexp.MustCompile(`abc`).SubexpNames()))
	d := regexp.MustCompile(`(?P<n>a)(?P<n>b)`)
	fmt.Println(d.SubexpNames(), d.SubexpIndex("n"), d.ReplaceAllString("ab", "${n}"))
	fmt.Println(regexp.MustCompile(`((a)(b(c)))`).FindStringSubmatch("abc"))
	c := re.Copy()
	fmt.Println(c.String() == re.String(), c.FindString("a b c"))
}

// Output:
// 3 4
// ["" "first" "" "last"]
// first 1
// last 3
//  -1
// none -1
// 2 -1
// Turing Alan
// [] 1
// [ n n] 1 a
// [abc abc a bc c]
// true a b c
