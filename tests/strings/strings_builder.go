package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("héllo")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	n, err := sb.Write([]byte("!!"))
	fmt.Println(sb.String(), sb.Len(), n, err)
	sb.Grow(100)
	fmt.Println(sb.Cap() >= 100, sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	b := &strings.Builder{}
	for i := 0; i < 3; i++ {
		b.WriteString(fmt.Sprint(i))
	}
	fmt.Println(b.String())
}

// Output:
// héllo 世!! 12 2 <nil>
// true héllo 世!!
// 0 true
// 012
