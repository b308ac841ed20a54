package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w*)`)
	src := "a=1 bb=22 c= d"
	for _, t := range []string{"$2=$1", "${val}:${key}", "$1x", "${1}x", "$$1", "$", "$9", "${nope}", "${key", "$key$val", "[$0]", "$-", "${1"} {
		fmt.Printf("%-14q %q\n", t, re.ReplaceAllString(src, t))
	}
	fmt.Println(re.ReplaceAllLiteralString(src, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Printf("%q\n", re.ReplaceAll([]byte(src), []byte("<$val>")))
	fmt.Printf("%q\n", re.ReplaceAllLiteral([]byte(src), []byte("<$val>")))
	fmt.Printf("%q\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte { return append([]byte("#"), b...) }))
	// Empty matches: no replacement right after a match.
	for _, p := range []string{`a*`, `x*`, `b*`, ``, `\b`, `a|`} {
		r := regexp.MustCompile(p)
		fmt.Printf("%-6q %q %q\n", p, r.ReplaceAllString("baaacaab", "-"), r.ReplaceAllString("ñé", "."))
	}
	fmt.Printf("%q\n", regexp.MustCompile(`z`).ReplaceAll(nil, []byte("y")))
	fmt.Printf("%q\n", regexp.MustCompile(`z`).ReplaceAll([]byte{}, []byte("y")))
	fmt.Printf("%q\n", regexp.MustCompile(`^`).ReplaceAll(nil, []byte("y")))
	fmt.Printf("%q\n", regexp.MustCompile(`z`).ReplaceAllString("", "y"))
	n := 0
	fmt.Println(regexp.MustCompile(`o`).ReplaceAllStringFunc("foo boo", func(s string) string {
		n++
		return fmt.Sprint(n)
	}))
}

// Output:
// "$2=$1"        "1=a 22=bb =c d"
// "${val}:${key}" "1:a 22:bb :c d"
// "$1x"          "   d"
// "${1}x"        "ax bbx cx d"
// "$$1"          "$1 $1 $1 d"
// "$"            "$ $ $ d"
// "$9"           "   d"
// "${nope}"      "   d"
// "${key"        "${key ${key ${key d"
// "$key$val"     "a1 bb22 c d"
// "[$0]"         "[a=1] [bb=22] [c=] d"
// "$-"           "$- $- $- d"
// "${1"          "${1 ${1 ${1 d"
// $1 $1 $1 d
// A=1 BB=22 C= d
// "<1> <22> <> d"
// "<$val> <$val> <$val> d"
// "#a=1 #bb=22 #c= d"
// "a*"   "-b-c-b-" ".ñ.é."
// "x*"   "-b-a-a-a-c-a-a-b-" ".ñ.é."
// "b*"   "-a-a-a-c-a-a-" ".ñ.é."
// ""     "-b-a-a-a-c-a-a-b-" ".ñ.é."
// "\\b"  "-baaacaab-" "ñé"
// "a|"   "-b---c--b-" ".ñ.é."
// ""
// ""
// "y"
// ""
// f12 b34
