// Ldate, Ltime and Lmicroseconds print the time as 2009/01/23 01:23:23.123123
// followed by a space; LUTC takes the time in UTC.
package main

import (
	"fmt"
	"log"
	"strings"
)

func main() {
	var sb strings.Builder
	l := log.New(&sb, "", log.LstdFlags)
	l.Print("std")
	l.SetFlags(log.Ldate)
	l.Print("date")
	l.SetFlags(log.Ltime | log.Lmicroseconds | log.LUTC)
	l.Print("micro")
	l.SetFlags(log.Lmicroseconds)
	l.Print("micro implies time")
	for _, line := range strings.Split(strings.TrimSuffix(sb.String(), "\n"), "\n") {
		fmt.Println(shape(line))
	}
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
}

// shape replaces every digit with 9.
func shape(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9'
		}
	}
	return string(b)
}

// Output:
// 9999/99/99 99:99:99 std
// 9999/99/99 date
// 99:99:99.999999 micro
// 99:99:99.999999 micro implies time
// 1 2 4 8 16 32 64 3
