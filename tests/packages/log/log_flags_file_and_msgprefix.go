// Lshortfile puts the caller's file and line before the message, and
// Lmsgprefix moves the prefix after the header.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func helper(l *log.Logger) {
	l.Output(2, "from helper's caller")
}

func main() {
	l := log.New(os.Stdout, "[p] ", log.Lshortfile)
	l.Println("short")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("after")
	helper(l)
	l.Output(1, "depth one")
	l.SetFlags(log.Llongfile)
	var sb strings.Builder
	l.SetOutput(&sb)
	l.Print("long")
	s := sb.String()
	fmt.Println(strings.HasPrefix(s, "[p] /"), strings.HasSuffix(s, "log_flags_file_and_msgprefix.go:26: long\n"))
	l.Output(100, "no such frame")
	fmt.Print(sb.String()[len(s):])
}

// Output:
// [p] log_flags_file_and_msgprefix.go:18: short
// log_flags_file_and_msgprefix.go:20: [p] after
// log_flags_file_and_msgprefix.go:21: [p] from helper's caller
// log_flags_file_and_msgprefix.go:22: [p] depth one
// true true
// [p] ???:0: no such frame
