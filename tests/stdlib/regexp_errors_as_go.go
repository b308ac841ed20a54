package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

func main() {
	for _, e := range []string{
		`(a`, `a)`, `[a`, `[z-a]`, `a**`, `a{2}{3}`, `*a`, `+`, `?`, `a{1001}`,
		`\`, `a\`, `\8`, `\xZZ`, `\pX`, `\p{Foo}`, `[[:foo:]]`, `(?P<>a)`, `(?P<a-b>x)`,
		`(?P<n>a)(?P<n>b)`, `(?z)`, `(?i`, `(?<name>x)`, `x{2,1}`, `\C`, "a\xffb", `a|*`,
		`()`, `(|)`, `[]a]`, `[^]a]`, `x{1000}`, `x{1000,}`, `\Q*\E+`, `(?i)(?s).`, `\z\A`,
		`\Z`, `(?P=n)`, `a++`, `a*?`, `a??`, `\b\B`, `[\d-z]`, `[a-\d]`,
		strings.Repeat("(", 1001) + strings.Repeat(")", 1001), strings.Repeat("(", 1000) + strings.Repeat(")", 1000),
	} {
		re, err := regexp.Compile(e)
		if len(e) > 100 {
			fmt.Println(len(e), err != nil)
			continue
		}
		if err != nil && !utf8.ValidString(err.Error()) {
			fmt.Printf("%q\n", err)
			continue
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("ok %q %d\n", re.String(), re.NumSubexp())
	}
}

// Output:
// error parsing regexp: missing closing ): `(a`
// error parsing regexp: unexpected ): `a)`
// error parsing regexp: missing closing ]: `[a`
// error parsing regexp: invalid character class range: `z-a`
// error parsing regexp: invalid nested repetition operator: `**`
// error parsing regexp: invalid nested repetition operator: `{2}{3}`
// error parsing regexp: missing argument to repetition operator: `*`
// error parsing regexp: missing argument to repetition operator: `+`
// error parsing regexp: missing argument to repetition operator: `?`
// error parsing regexp: invalid repeat count: `{1001}`
// error parsing regexp: trailing backslash at end of expression: ``
// error parsing regexp: trailing backslash at end of expression: ``
// error parsing regexp: invalid escape sequence: `\8`
// error parsing regexp: invalid escape sequence: `\xZZ`
// error parsing regexp: invalid character class range: `\pX`
// error parsing regexp: invalid character class range: `\p{Foo}`
// error parsing regexp: invalid character class range: `[:foo:]`
// error parsing regexp: invalid named capture: `(?P<>`
// error parsing regexp: invalid named capture: `(?P<a-b>`
// ok "(?P<n>a)(?P<n>b)" 2
// error parsing regexp: invalid or unsupported Perl syntax: `(?z`
// error parsing regexp: invalid or unsupported Perl syntax: `(?i`
// error parsing regexp: invalid or unsupported Perl syntax: `(?<`
// error parsing regexp: invalid repeat count: `{2,1}`
// error parsing regexp: invalid escape sequence: `\C`
// "error parsing regexp: invalid UTF-8: `\xffb`"
// error parsing regexp: missing argument to repetition operator: `*`
// ok "()" 1
// ok "(|)" 1
// ok "[]a]" 0
// ok "[^]a]" 0
// ok "x{1000}" 0
// ok "x{1000,}" 0
// ok "\\Q*\\E+" 0
// ok "(?i)(?s)." 0
// ok "\\z\\A" 0
// error parsing regexp: invalid escape sequence: `\Z`
// error parsing regexp: invalid or unsupported Perl syntax: `(?P`
// error parsing regexp: invalid nested repetition operator: `++`
// ok "a*?" 0
// ok "a??" 0
// ok "\\b\\B" 0
// ok "[\\d-z]" 0
// error parsing regexp: invalid escape sequence: `\d`
// 2002 true
// 2000 true
