package main

func main() {
	goto body
	for i := 0; i < 2; i++ {
	body:
		println(i)
	}
	goto each
	for _, v := range []int{1} {
	each:
		println(v)
	}
}

// Error:
// 4:7: goto body jumps into block starting at 5:25
// 9:7: goto each jumps into block starting at 10:29
