package main

import "fmt"

type readReq struct {
	key  string
	resp chan int
}

type writeReq struct {
	key  string
	val  int
	resp chan bool
}

func main() {
	reads := make(chan readReq)
	writes := make(chan writeReq)
	go func() {
		state := map[string]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			}
		}
	}()
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(i int) {
			for j := 0; j < 20; j++ {
				w := writeReq{fmt.Sprint("k", j%4), i, make(chan bool)}
				writes <- w
				<-w.resp
			}
			done <- true
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	for _, k := range []string{"k0", "k1", "k2", "k3"} {
		r := readReq{k, make(chan int)}
		reads <- r
		fmt.Println(k, <-r.resp)
	}
}

// Output:
// k0 50
// k1 50
// k2 50
// k3 50
