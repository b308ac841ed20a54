package main

import (
	"fmt"
	"regexp"
)

func main() {
	s := "naïve café, Ελληνικά 日本語 x"
	for _, p := range []string{`.`, `\pL+`, `\p{Greek}+`, `\p{Han}`, `[^a-z ,]+`, `\w+`, `[é-ï]`, `\PL`, `[\p{Lu}]`, `\x{65e5}`, `[[:^alpha:]]`, `\d`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-12q %q %v\n", p, re.FindAllString(s, 4), re.FindAllStringIndex(s, 4))
	}
	fmt.Printf("%q\n", regexp.MustCompile(``).FindAllStringIndex("日本", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`本`).Split("日本語本", -1))
	fmt.Println(regexp.MustCompile(`^.$`).MatchString("日"), regexp.MustCompile(`^...$`).MatchString("日"))
	fmt.Println(regexp.MustCompile(`é`).ReplaceAllString("résumé", "e"))
	fmt.Println(regexp.QuoteMeta("日本.語"), regexp.MustCompile(regexp.QuoteMeta("[日]")).MatchString("a[日]"))
}

// Output:
// "."          ["n" "a" "ï" "v"] [[0 1] [1 2] [2 4] [4 5]]
// "\\pL+"      ["naïve" "café" "Ελληνικά" "日本語"] [[0 6] [7 12] [14 30] [31 40]]
// "\\p{Greek}+" ["Ελληνικά"] [[14 30]]
// "\\p{Han}"   ["日" "本" "語"] [[31 34] [34 37] [37 40]]
// "[^a-z ,]+"  ["ï" "é" "Ελληνικά" "日本語"] [[2 4] [10 12] [14 30] [31 40]]
// "\\w+"       ["na" "ve" "caf" "x"] [[0 2] [4 6] [7 10] [41 42]]
// "[é-ï]"      ["ï" "é"] [[2 4] [10 12]]
// "\\PL"       [" " "," " " " "] [[6 7] [12 13] [13 14] [30 31]]
// "[\\p{Lu}]"  ["Ε"] [[14 16]]
// "\\x{65e5}"  ["日"] [[31 34]]
// "[[:^alpha:]]" ["ï" " " "é" ","] [[2 4] [6 7] [10 12] [12 13]]
// "\\d"        [] []
// [['\x00' '\x00'] ['\x03' '\x03'] ['\x06' '\x06']]
// ["日" "語" ""]
// true false
// resume
// 日本\.語 true
