package main

func f(n int) int {
	for i := 0; i < n; i++ {
		if i > 2 {
			switch i {
			case 3:
				n = n + )
			}
		}
	}
	return n
}

var v = [3]int{1, 2 3}

type T struct {
	a int
}

func (t T) get() int {
	return t.a +
}

func main() {
	println(f(4), v[0])
}

// Error:
// 8:13: syntax error: unexpected ), expecting expression
// 15:21: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }
// 23:1: syntax error: unexpected }, expecting expression
