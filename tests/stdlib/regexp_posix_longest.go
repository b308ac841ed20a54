package main

import (
	"fmt"
	"regexp"
)

func main() {
	s := "abcd"
	for _, p := range []string{`a|ab|abc`, `(a|ab)(c|bcd)`, `a*?`, `(a+)(a*)`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%q %q", p, re.FindStringSubmatch(s+" aaa"))
		re.Longest()
		fmt.Printf(" %q", re.FindStringSubmatch(s+" aaa"))
		re.Longest()
		fmt.Printf(" %q\n", re.FindAllString(s+" aaa", -1))
	}
	p := regexp.MustCompilePOSIX(`a|ab|abc`)
	fmt.Println(p.FindString(s), p.String(), p.NumSubexp())
	q := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Printf("%q\n", q.FindStringSubmatch(s))
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`^x`).FindAllString("x\nxx", -1))
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`[[:digit:]]+`).FindAllString("a12b345", -1))
	for _, e := range []string{`\d`, `(?i)a`, `a*?`, `\b`, `\pL`, `[[:alpha:]]`, `a{2}`, `\z`, `\Qa\E`} {
		_, err := regexp.CompilePOSIX(e)
		fmt.Println(e, err)
	}
}

// Output:
// "a|ab|abc" ["a"] ["abc"] ["abc" "a" "a" "a"]
// "(a|ab)(c|bcd)" ["abcd" "a" "bcd"] ["abcd" "a" "bcd"] ["abcd"]
// "a*?" [""] ["a"] ["a" "" "" "" "aaa"]
// "(a+)(a*)" ["a" "a" ""] ["a" "a" ""] ["a" "aaa"]
// abc a|ab|abc 0
// ["abcd" "a" "bcd" ""]
// ["x" "x"]
// ["12" "345"]
// \d error parsing regexp: invalid escape sequence: `\d`
// (?i)a error parsing regexp: missing argument to repetition operator: `?`
// a*? <nil>
// \b error parsing regexp: invalid escape sequence: `\b`
// \pL error parsing regexp: invalid escape sequence: `\p`
// [[:alpha:]] <nil>
// a{2} <nil>
// \z error parsing regexp: invalid escape sequence: `\z`
// \Qa\E error parsing regexp: invalid escape sequence: `\Q`
