package main

import (
	"fmt"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gosh-rw-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/data.txt"
	fmt.Println(os.WriteFile(name, []byte("alpha\nbeta\n"), 0644))
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	// WriteFile truncates
	fmt.Println(os.WriteFile(name, []byte("z"), 0644))
	b, err = os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.WriteFile(name, nil, 0644))
	b, err = os.ReadFile(name)
	fmt.Println(len(b), err)
}

// Output:
// <nil>
// "alpha\nbeta\n" <nil>
// <nil>
// "z" <nil>
// <nil>
// 0 <nil>
