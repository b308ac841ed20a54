package main

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func main() {
	m := map[string]Counter{"a": {}}
	m["a"].Inc()
	println(len(m))
}

// Error:
// 13:9: cannot call pointer method Inc on Counter
