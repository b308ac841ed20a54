package main

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func make0() Counter {
	return Counter{}
}

func main() {
	make0().Inc()
}

// Error:
// 16:10: cannot call pointer method Inc on Counter
