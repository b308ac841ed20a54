package main

import "fmt"

const (
	FlagRead uint8 = 1 << iota
	FlagWrite
	FlagExec
	FlagHidden
)

func show(f uint8) {
	fmt.Printf("%04b r=%v w=%v x=%v h=%v\n", f, f&FlagRead != 0, f&FlagWrite != 0, f&FlagExec != 0, f&FlagHidden != 0)
}

func main() {
	var f uint8
	show(f)
	f |= FlagRead | FlagExec
	show(f)
	f ^= FlagWrite
	show(f)
	f &^= FlagRead
	show(f)
	f ^= FlagExec | FlagHidden
	show(f)
	fmt.Println(f, ^f, f&-f)
}

// Output:
// 0000 r=false w=false x=false h=false
// 0101 r=true w=false x=true h=false
// 0111 r=true w=true x=true h=false
// 0110 r=false w=true x=true h=false
// 1010 r=false w=true x=false h=true
// 10 245 2
