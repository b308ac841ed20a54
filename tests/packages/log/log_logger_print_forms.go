// A Logger with no flags writes its prefix and the message, adding a
// newline only when the message lacks one; Print spaces operands as
// fmt.Sprint does.
package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("a", 1, 2, "b")
	l.Println("a", 1, 2, "b")
	l.Printf("%d-%s", 7, "x")
	l.Print("ends in newline\n")
	l.Print()
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags())
}

// Output:
// app: a1 2b
// app: a 1 2 b
// app: 7-x
// app: ends in newline
// app: 
// app:  0
