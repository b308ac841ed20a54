// An import may name the package: the alias is the only name it has, and
// two aliases of one package both work.
package main

import (
	f "fmt"
	s "strings"
	str "strings"
	_ "os"
)

type Builder = s.Builder

func main() {
	var b Builder
	b.WriteString(str.Repeat("=", 3))
	f.Println(s.ToUpper("alias"), b.String())
}

// Output:
// ALIAS ===
