package main

import "fmt"

const (
	Sq0 = iota * iota
	Sq1
	Sq2
	Sq3
	Sq4
)

const (
	La = 'a' + iota
	Lb
	Lc
)

const (
	Hello = "hi"
	Again
	Third = iota
	Fourth
)

func main() {
	fmt.Println(Sq0, Sq1, Sq2, Sq3, Sq4)
	fmt.Println(La, Lb, Lc)
	fmt.Printf("%c%c%c\n", La, Lb, Lc)
	fmt.Println(Hello, Again, Third, Fourth)
}

// Output:
// 0 1 4 9 16
// 97 98 99
// abc
// hi hi 2 3
