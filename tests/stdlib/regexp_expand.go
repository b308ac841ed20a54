package main

import (
	"fmt"
	"regexp"
)

func main() {
	content := []byte(`
	# comment line
	option1: value1
	option2: value2

	# another comment line
	option3: value3
`)
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := []byte("$key=$value\n")
	result := []byte{}
	for _, submatches := range pattern.FindAllSubmatchIndex(content, -1) {
		result = pattern.Expand(result, template, content, submatches)
	}
	fmt.Println(string(result))

	var dst []byte
	s := "x 12:34 y"
	re := regexp.MustCompile(`(\d+):(\d+)`)
	m := re.FindStringSubmatchIndex(s)
	dst = re.ExpandString(dst, "h=$1 m=${2} all=$0 none=$3 lit=$$ [${x}]", s, m)
	fmt.Printf("%q\n", dst)
	fmt.Printf("%q\n", re.ExpandString([]byte("pre:"), "$2$1", s, m))
	fmt.Printf("%q\n", re.ExpandString(nil, "$1", s, nil))
}

// Output:
// option1=value1
// option2=value2
// option3=value3
//
// "h=12 m=34 all=12:34 none= lit=$ []"
// "pre:3412"
// ""
