package main

import "fmt"

func main() {
	var buf []byte
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('a'+i))
	}
	buf = append(buf, '-')
	buf = append(buf, "xyz"...)
	fmt.Println(string(buf))
	fmt.Println(len(buf))
	s := string(buf)
	buf[0] = 'Z'
	fmt.Println(s, string(buf))
	num := []byte{}
	for n := 9041; n > 0; n /= 10 {
		num = append([]byte{byte('0' + n%10)}, num...)
	}
	fmt.Println(string(num))
}

// Output:
// abcde-xyz
// 9
// abcde-xyz Zbcde-xyz
// 9041
