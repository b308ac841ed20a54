package main

import "fmt"

func main() {
	fmt.Println("tab:\there")
	fmt.Println("quote:\"q\" backslash:\\")
	fmt.Println("hex:\x41\x42 oct:\101 uni:\u00e9 big:\U0001F600")
	fmt.Println(`raw\n\t"x"`)
	fmt.Println(len("\n"), len(`\n`))
	fmt.Println('\n', '\'', '\\', '\x7f')
	fmt.Println("line1\nline2")
}

// Output:
// tab:	here
// quote:"q" backslash:\
// hex:AB oct:A uni:é big:😀
// raw\n\t"x"
// 1 2
// 10 39 92 127
// line1
// line2
