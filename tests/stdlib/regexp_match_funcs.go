package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

func main() {
	fmt.Println(regexp.MatchString(`^\d+$`, "12345"))
	fmt.Println(regexp.MatchString(`^\d+$`, "123a"))
	fmt.Println(regexp.MatchString(`(`, "x"))
	fmt.Println(regexp.Match(`b+`, []byte("abbc")))
	fmt.Println(regexp.Match(`[`, nil))
	fmt.Println(regexp.MatchReader(`wor`, strings.NewReader("hello world")))
	re := regexp.MustCompile(`o(\w)`)
	fmt.Println(re.MatchReader(strings.NewReader("foo")), re.MatchReader(strings.NewReader("fo")))
	fmt.Println(re.FindReaderIndex(strings.NewReader("héllo wörld")), re.FindReaderIndex(strings.NewReader("x")))
	fmt.Println(re.FindReaderSubmatchIndex(strings.NewReader("a world")))
	_, err := regexp.Compile(`a{2,1}`)
	var se *syntax.Error
	if errors.As(err, &se) {
		fmt.Printf("%q %q %v\n", se.Code, se.Expr, se.Code == syntax.ErrInvalidRepeatSize)
	}
	fmt.Println(syntax.ErrMissingParen.String())
}

// Output:
// true <nil>
// false <nil>
// false error parsing regexp: missing closing ): `(`
// true <nil>
// false error parsing regexp: missing closing ]: `[`
// true <nil>
// true false
// [] []
// [3 5 4 5]
// "invalid repeat count" "{2,1}" true
// missing closing )
