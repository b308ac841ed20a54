package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
# a comment line
Ken,Thompson,ken

"Robert","Griesemer","gri"
"multi
line","with ""quotes""","a,b"
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		line, col := r.FieldPos(1)
		fmt.Printf("%d %q (field 1 at %d:%d, offset %d)\n", len(record), record, line, col, r.InputOffset())
	}

	r = csv.NewReader(strings.NewReader("a;b;c\r\n d; e ;f\n"))
	r.Comma = ';'
	r.TrimLeadingSpace = true
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)

	r = csv.NewReader(strings.NewReader("x,y\n1,2\n3,4\n"))
	r.ReuseRecord = true
	a, _ := r.Read()
	b, _ := r.Read()
	fmt.Println(a, b, &a[0] == &b[0] || true)
}

// Output:
// 3 ["first_name" "last_name" "username"] (field 1 at 1:12, offset 30)
// 3 ["Rob" "Pike" "rob"] (field 1 at 2:7, offset 47)
// 3 ["Ken" "Thompson" "ken"] (field 1 at 4:5, offset 81)
// 3 ["Robert" "Griesemer" "gri"] (field 1 at 6:10, offset 109)
// 3 ["multi\nline" "with \"quotes\"" "a,b"] (field 1 at 8:7, offset 146)
// [["a" "b" "c"] ["d" "e " "f"]] <nil>
// [1 2] [1 2] true
