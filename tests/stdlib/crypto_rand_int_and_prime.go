package main

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func main() {
	max := big.NewInt(1000)
	seen := map[bool]int{}
	for i := 0; i < 2000; i++ {
		n, err := rand.Int(rand.Reader, max)
		if err != nil || n.Sign() < 0 || n.Cmp(max) >= 0 {
			fmt.Println("bad", n, err)
		}
		seen[n.Int64() < 500]++
	}
	fmt.Println(seen[true] > 800, seen[false] > 800)
	one, _ := rand.Int(rand.Reader, big.NewInt(1))
	fmt.Println(one)
	for _, bits := range []int{2, 3, 8, 9, 64, 100, 512} {
		p, err := rand.Prime(rand.Reader, bits)
		fmt.Println(bits, p.BitLen(), p.ProbablyPrime(30), err)
	}
	_, err := rand.Prime(rand.Reader, 1)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Int(rand.Reader, big.NewInt(0))
}

// Output:
// true true
// 0
// 2 2 true <nil>
// 3 3 true <nil>
// 8 8 true <nil>
// 9 9 true <nil>
// 64 64 true <nil>
// 100 100 true <nil>
// 512 512 true <nil>
// crypto/rand: prime size must be at least 2-bit
// recovered: crypto/rand: argument to Int is <= 0
