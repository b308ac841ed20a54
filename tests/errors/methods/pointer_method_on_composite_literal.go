package main

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func main() {
	Counter{}.Inc()
}

// Error:
// 12:12: cannot call pointer method Inc on Counter
