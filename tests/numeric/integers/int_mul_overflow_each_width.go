package main

import "fmt"

func main() {
	n := 12345
	fmt.Println(int8(n) * int8(n))
	fmt.Println(int16(n) * int16(n))
	fmt.Println(int32(n) * int32(n) * int32(n))
	fmt.Println(int64(n) * int64(n) * int64(n) * int64(n) * int64(n))
	fmt.Println(uint8(n) * uint8(n))
	fmt.Println(uint16(n) * uint16(n))
	fmt.Println(uint32(n) * uint32(n) * uint32(n))
	fmt.Println(uint64(n) * uint64(n) * uint64(n) * uint64(n) * uint64(n))
	fact := int32(1)
	for i := int32(1); i <= 15; i++ {
		fact *= i
	}
	fmt.Println(fact)
}

// Output:
// -79
// 27825
// 170287977
// -8429566654717360231
// 177
// 27825
// 170287977
// 10017177418992191385
// 2004310016
