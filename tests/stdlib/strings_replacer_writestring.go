package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("cat", "dog", "\t", "    ")
	n, err := r.WriteString(os.Stdout, "the cat\tsat\n")
	fmt.Println(n, err)
	var b strings.Builder
	r.WriteString(&b, "catcat")
	fmt.Println(b.String())
}

// Output:
// the dog    sat
// 15 <nil>
// dogdog
