package main

import "fmt"

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	Bit0 = 1 << iota
	Bit1
	Bit2
	Bit3
)

func main() {
	fmt.Println(KB)
	fmt.Println(MB)
	fmt.Println(GB)
	fmt.Println(TB)
	fmt.Println(TB / GB)
	fmt.Println(Bit0, Bit1, Bit2, Bit3)
	fmt.Println(Bit0 | Bit2 | Bit3)
	size := 3*MB + 512*KB
	fmt.Printf("%d bytes = %d KB\n", size, size/KB)
}

// Output:
// 1024
// 1048576
// 1073741824
// 1099511627776
// 1024
// 1 2 4 8
// 13
// 3670016 bytes = 3584 KB
