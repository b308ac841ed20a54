// strings: string building and manipulation. Per iteration: build a line by
// += concatenation of strconv.Itoa results, strings.Split it, strconv.Atoi
// the fields, strings.Contains, scan it byte by byte, strings.Repeat a pad.
// At the end strings.Join everything, hash the result byte by byte and
// Split it again. Measures string allocation/concat, indexing, and the
// strconv/strings library calls.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 120000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	parts := make([]string, 0)
	total := 0
	found := 0
	commas := 0
	digits := 0
	nfields := 0
	for i := 0; i < n; i++ {
		s := ""
		for j := 1; j <= 12; j++ {
			s += strconv.Itoa(i*j) + ","
		}
		fields := strings.Split(s, ",")
		nfields += len(fields)
		for k := 0; k < len(fields); k++ {
			f := fields[k]
			if len(f) > 0 {
				v, _ := strconv.Atoi(f)
				total += v % 1000
			}
		}
		if strings.Contains(s, "77") {
			found++
		}
		for k := 0; k < len(s); k++ {
			c := int(s[k])
			if c == ',' {
				commas++
			} else {
				digits += c - '0'
			}
		}
		pad := strings.Repeat("-", i%7)
		parts = append(parts, pad+fields[i%12])
	}
	joined := strings.Join(parts, "|")
	h := 0
	for k := 0; k < len(joined); k++ {
		h = (h*31 + int(joined[k])) % 1000000007
	}
	back := strings.Split(joined, "|")
	fmt.Printf("total=%d found=%d commas=%d digits=%d fields=%d\n", total, found, commas, digits, nfields)
	fmt.Printf("joined=%d hash=%d parts=%d last=%s\n", len(joined), h, len(back), back[len(back)-1])
}
