package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
)

func try(in string, setup func(*csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	recs, err := r.ReadAll()
	fmt.Printf("%q\n  %v\n", recs, err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("  lines", pe.StartLine, pe.Line, "column", pe.Column,
			errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrFieldCount))
	}
}

func main() {
	try("a,b\nc,d,e\n", nil)
	try("a,b\nc,d,e\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	try("a,b\"c,d\n", nil)
	try("a,b\"c,d\n", func(r *csv.Reader) { r.LazyQuotes = true })
	try("a,\"b\"c,d\n", nil)
	try("a,\"bc\n\nde\n", nil)
	try("a,\"bc\n\n\"de,f\n", nil)
	try("a,b\n", func(r *csv.Reader) { r.Comma = '"' })
	try("a,b\n", func(r *csv.Reader) { r.Comment = ',' })
	try("", nil)
	try("\n\n", nil)
}

// Output:
// []
//   record on line 2: wrong number of fields
//   lines 2 2 column 1 false false true
// [["a" "b"] ["c" "d" "e"]]
//   <nil>
// []
//   parse error on line 1, column 4: bare " in non-quoted-field
//   lines 1 1 column 4 false true false
// [["a" "b\"c" "d"]]
//   <nil>
// []
//   parse error on line 1, column 5: extraneous or missing " in quoted-field
//   lines 1 1 column 5 true false false
// []
//   record on line 1; parse error on line 3, column 4: extraneous or missing " in quoted-field
//   lines 1 3 column 4 true false false
// []
//   record on line 1; parse error on line 3, column 1: extraneous or missing " in quoted-field
//   lines 1 3 column 1 true false false
// []
//   csv: invalid field or comment delimiter
// []
//   csv: invalid field or comment delimiter
// []
//   <nil>
// []
//   <nil>
