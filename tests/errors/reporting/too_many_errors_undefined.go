package main

func main() {
	println(u1)
	println(u2)
	println(u3)
	println(u4)
	println(u5)
	println(u6)
	println(u7)
	println(u8)
	println(u9)
	println(u10)
	println(u11)
}

// Error:
// 4:10: undefined: u1
// 5:10: undefined: u2
// 6:10: undefined: u3
// 7:10: undefined: u4
// 8:10: undefined: u5
// 9:10: undefined: u6
// 10:10: undefined: u7
// 11:10: undefined: u8
// 12:10: undefined: u9
// 13:10: undefined: u10
