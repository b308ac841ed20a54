package main

import "fmt"

func main() {
	raw := `line one
line "two"
\t not a tab`
	fmt.Println(raw)
	fmt.Println(len(raw))
	esc := "tab:\tquote:\" backslash:\\ hex:\x41 unicode:\u00e9 bigU:\U0001F600"
	fmt.Println(esc)
	fmt.Println(len("\n"), len(`\n`), len("\u00e9"))
	fmt.Println("a\u0062c" == "abc", "\101" == "A")
	fmt.Printf("%q\n", "\a\b\f\v\r")
}

// Output:
// line one
// line "two"
// \t not a tab
// 32
// tab:	quote:" backslash:\ hex:A unicode:é bigU:😀
// 1 2 2
// true true
// "\a\b\f\v\r"
