package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "Hello\nhello world\nHELLO"
	for _, p := range []string{`hello`, `(?i)hello`, `^hello`, `(?m)^hello`, `(?im)^hello$`, `hello$`, `(?i)hello$`,
		`(?m)o$`, `\Ahello`, `(?m)\AHello`, `O\z`, `(?i)o\z`, `.+`, `(?s).+`, `(?s:.)o`, `H(?i:E)LLO`, `(?i)h(?-i)ELLO`,
		`\bworld\b`, `\Bell`, `(?U)l+`, `(?U)l+?`, `[^\n]+$`, `(?m)[^l]$`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-16q %q\n", p, re.FindAllString(text, -1))
	}
	fmt.Println(regexp.MustCompile(`^`).FindAllStringIndex("a\nb", -1), regexp.MustCompile(`(?m)^`).FindAllStringIndex("a\nb\n", -1))
	fmt.Println(regexp.MustCompile(`$`).FindAllStringIndex("a\nb\n", -1), regexp.MustCompile(`(?m)$`).FindAllStringIndex("a\nb\n", -1))
	fmt.Println(regexp.MustCompile(`(?i)straße`).MatchString("STRASSE"), regexp.MustCompile(`(?i)k`).MatchString("\u212a"))
	fmt.Println(regexp.MustCompile(`(?i)[a-c]+`).FindString("xAbCd"), regexp.MustCompile(`(?i)σ`).FindAllString("Σσς", -1))
}

// Output:
// "hello"          ["hello"]
// "(?i)hello"      ["Hello" "hello" "HELLO"]
// "^hello"         []
// "(?m)^hello"     ["hello"]
// "(?im)^hello$"   ["Hello" "HELLO"]
// "hello$"         []
// "(?i)hello$"     ["HELLO"]
// "(?m)o$"         ["o"]
// "\\Ahello"       []
// "(?m)\\AHello"   ["Hello"]
// "O\\z"           ["O"]
// "(?i)o\\z"       ["O"]
// ".+"             ["Hello" "hello world" "HELLO"]
// "(?s).+"         ["Hello\nhello world\nHELLO"]
// "(?s:.)o"        ["lo" "lo" "wo"]
// "H(?i:E)LLO"     ["HELLO"]
// "(?i)h(?-i)ELLO" ["HELLO"]
// "\\bworld\\b"    ["world"]
// "\\Bell"         ["ell" "ell"]
// "(?U)l+"         ["l" "l" "l" "l" "l"]
// "(?U)l+?"        ["ll" "ll" "l"]
// "[^\\n]+$"       ["HELLO"]
// "(?m)[^l]$"      ["o" "d" "O"]
// [[0 0]] [[0 0] [2 2] [4 4]]
// [[4 4]] [[1 1] [3 3] [4 4]]
// false true
// AbC [Σ σ ς]
