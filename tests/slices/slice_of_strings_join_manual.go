package main

import "fmt"

func main() {
	names := []string{"ann", "bob", "cy"}
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	fmt.Println(s)
	fmt.Println(names)
	fmt.Printf("%q\n", names)
	fmt.Printf("%v|%s\n", names, names)
	fmt.Println(len(names[1]), names[2][1])
}

// Output:
// ann, bob, cy
// [ann bob cy]
// ["ann" "bob" "cy"]
// [ann bob cy]|[ann bob cy]
// 3 121
