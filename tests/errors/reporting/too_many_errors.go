package main

func main() {
	a := 1
	println(a + "1")
	println(a + "2")
	println(a + "3")
	println(a + "4")
	println(a + "5")
	println(a + "6")
	println(a + "7")
	println(a + "8")
	println(a + "9")
	println(a + "10")
	println(a + "11")
	println(a + "12")
}

// Error:
// 5:10: invalid operation: a + "1" (mismatched types int and untyped string)
// 6:10: invalid operation: a + "2" (mismatched types int and untyped string)
// 7:10: invalid operation: a + "3" (mismatched types int and untyped string)
// 8:10: invalid operation: a + "4" (mismatched types int and untyped string)
// 9:10: invalid operation: a + "5" (mismatched types int and untyped string)
// 10:10: invalid operation: a + "6" (mismatched types int and untyped string)
// 11:10: invalid operation: a + "7" (mismatched types int and untyped string)
// 12:10: invalid operation: a + "8" (mismatched types int and untyped string)
// 13:10: invalid operation: a + "9" (mismatched types int and untyped string)
// 14:10: invalid operation: a + "10" (mismatched types int and untyped string)
