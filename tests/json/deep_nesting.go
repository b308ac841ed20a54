// Deep nesting: 9,999 levels decode and encode again, 10,001 are Go's
// "exceeded max depth", and a linked list 15,000 long marshals (and is too deep to decode).
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Node struct {
	V    int
	Next *Node
}

func main() {
	var v interface{}
	fmt.Println(json.Unmarshal([]byte(strings.Repeat("[", 9999)+strings.Repeat("]", 9999)), &v))
	fmt.Println(json.Unmarshal([]byte(strings.Repeat("[", 10001)+strings.Repeat("]", 10001)), &v))
	fmt.Println(json.Unmarshal([]byte(strings.Repeat(`{"a":`, 9999)+"1"+strings.Repeat("}", 9999)), &v))
	b, err := json.Marshal(v)
	fmt.Println(len(b), err)
	var list *Node
	for i := 0; i < 15000; i++ {
		list = &Node{i, list}
	}
	b, err = json.Marshal(list)
	fmt.Println(len(b), err)
	var back *Node
	fmt.Println(json.Unmarshal(b, &back), back == nil)
}

// Output:
// <nil>
// invalid character '[' exceeded max depth
// <nil>
// 59995 <nil>
// 273894 <nil>
// invalid character '{' exceeded max depth true
