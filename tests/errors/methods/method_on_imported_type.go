package main

import "strings"

func (b strings.Builder) Twice() string {
	return b.String() + b.String()
}

func main() {
	println(1)
}

// Error:
// 5:7: cannot define new methods on non-local type strings.Builder
