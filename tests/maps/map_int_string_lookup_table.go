package main

import "fmt"

func main() {
	names := map[int]string{1: "one", 2: "two", 3: "three", 10: "ten"}
	for i := 0; i <= 3; i++ {
		n, ok := names[i]
		fmt.Printf("%d %q %v\n", i, n, ok)
	}
	names[0] = "zero"
	delete(names, 10)
	fmt.Println(names)
	s := ""
	for i := 3; i >= 0; i-- {
		s += names[i] + " "
	}
	fmt.Println(s + "go")
}

// Output:
// 0 "" false
// 1 "one" true
// 2 "two" true
// 3 "three" true
// map[0:zero 1:one 2:two 3:three]
// three two one zero go
