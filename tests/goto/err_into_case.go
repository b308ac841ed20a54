package main

func main() {
	var v interface{} = 1
	goto one
	switch v {
	case 1:
	one:
		println("one")
	}
	goto str
	switch v.(type) {
	case string:
	str:
	}
	ch := make(chan int)
	goto recv
	select {
	case <-ch:
	recv:
	}
}

// Error:
// 5:7: goto one jumps into block starting at 7:2
// 11:7: goto str jumps into block starting at 13:2
// 17:7: goto recv jumps into block starting at 19:2
