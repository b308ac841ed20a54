package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	t := T{}
	t.Get() = 5
	println(t.n)
}

// Error:
// 9:2: cannot assign to t.Get() (value of type int)
