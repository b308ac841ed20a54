package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", `with "quote"`, "two\nlines", " leading space", "", `\.`, "tab\tinside"})
	w.WriteAll([][]string{{"a", "b"}, {"c"}})
	w.Comma = '\t'
	w.Write([]string{"a,b", "c\td"})
	w.Flush()
	fmt.Println(w.Error())

	var sb strings.Builder
	c := csv.NewWriter(&sb)
	c.UseCRLF = true
	c.Write([]string{"x\r\ny", "z"})
	c.Flush()
	fmt.Printf("%q\n", sb.String())
	c.Comma = '\n'
	fmt.Println(c.Write([]string{"q"}))
}

// Output:
// plain,"with,comma","with ""quote""","two
// lines"," leading space",,"\.",tab	inside
// a,b
// c
// a,b	"c	d"
// <nil>
// "\"x\r\ny\",z\r\n"
// csv: invalid field or comment delimiter
