package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`abc`, ``, `abc+`, `abc*`, `ab(c)`, `a.b`, `\.x`, `日本+`, `(?i)abc`, `abc|abd`, `x\d`, `^abc`, `a{2}`, `ab?`, `\Qa.b\E`, `(ab)+c`, `a{2,3}b`, `(?:ab|ac)d`, `abc|abcd`, `x(?i)y`, `a{0}b`, `ab+?`, `(a)(b)`, `(?P<n>ab)c`, `ab\Qc.d\E*`, `(a|b)c`, `日本|日語`, `a$`, `a\b`, `(ab){2}c`, `[a]b`} {
		prefix, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%-10q %q %v\n", p, prefix, complete)
	}
	for _, s := range []string{`a.b*c`, `[]{}()^$|?+\`, ``, `日本`, "\x00"} {
		q := regexp.QuoteMeta(s)
		fmt.Printf("%q %q %v\n", s, q, regexp.MustCompile(q).MatchString(s))
	}
}

// Output:
// "abc"      "abc" true
// ""         "" true
// "abc+"     "abc" false
// "abc*"     "ab" false
// "ab(c)"    "abc" true
// "a.b"      "a" false
// "\\.x"     ".x" true
// "日本+"      "日本" false
// "(?i)abc"  "" false
// "abc|abd"  "ab" false
// "x\\d"     "x" false
// "^abc"     "" false
// "a{2}"     "aa" true
// "ab?"      "a" false
// "\\Qa.b\\E" "a.b" true
// "(ab)+c"   "ab" false
// "a{2,3}b"  "aa" false
// "(?:ab|ac)d" "a" false
// "abc|abcd" "abc" false
// "x(?i)y"   "x" false
// "a{0}b"    "b" true
// "ab+?"     "ab" false
// "(a)(b)"   "ab" true
// "(?P<n>ab)c" "abc" true
// "ab\\Qc.d\\E*" "abc." false
// "(a|b)c"   "" false
// "日本|日語"    "日" false
// "a$"       "a" false
// "a\\b"     "a" false
// "(ab){2}c" "ababc" true
// "[a]b"     "ab" true
// "a.b*c" "a\\.b\\*c" true
// "[]{}()^$|?+\\" "\\[\\]\\{\\}\\(\\)\\^\\$\\|\\?\\+\\\\" true
// "" "" true
// "日本" "日本" true
// "\x00" "\x00" true
