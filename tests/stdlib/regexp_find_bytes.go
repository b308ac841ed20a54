package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\d+)-(\d+)?`)
	for _, s := range []string{"tel 12-34 and 5- end", "none", ""} {
		b := []byte(s)
		fmt.Printf("%q %v %q %v\n", re.Find(b), re.FindIndex(b), re.FindSubmatch(b), re.FindSubmatchIndex(b))
		fmt.Println(re.Find(b) == nil, re.FindSubmatch(b) == nil)
		fmt.Printf("%q %v\n", re.FindAll(b, -1), re.FindAllIndex(b, -1))
		fmt.Printf("%q %v\n", re.FindAllSubmatch(b, -1), re.FindAllSubmatchIndex(b, -1))
		fmt.Println(re.FindAll(b, -1) == nil, re.FindAllSubmatch(b, -1) == nil)
	}
	fmt.Println(re.Match([]byte("1-")), re.Match(nil), regexp.MustCompile(`^$`).Match(nil))
	// The pieces share the argument's array, as Go's do.
	b := []byte("ab12cd")
	m := regexp.MustCompile(`\d+`).Find(b)
	fmt.Println(len(m), cap(m))
	m[0] = 'X'
	fmt.Println(string(b))
	e := regexp.MustCompile(`x*`).Find([]byte("abc"))
	fmt.Println(e == nil, len(e))
}

// Output:
// "12-34" [4 9] ["12-34" "12" "34"] [4 9 4 6 7 9]
// false false
// ["12-34" "5-"] [[4 9] [14 16]]
// [["12-34" "12" "34"] ["5-" "5" ""]] [[4 9 4 6 7 9] [14 16 14 15 -1 -1]]
// false false
// "" [] [] []
// true true
// [] []
// [] []
// true true
// "" [] [] []
// true true
// [] []
// [] []
// true true
// true false true
// 2 2
// abX2cd
// false 0
