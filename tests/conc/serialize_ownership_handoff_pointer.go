package main

import "fmt"

type Buffer struct {
	data []string
}

func main() {
	toWorker := make(chan *Buffer)
	toMain := make(chan *Buffer)
	go func() {
		for b := range toWorker {
			b.data = append(b.data, "worker")
			toMain <- b
		}
		close(toMain)
	}()
	b := &Buffer{}
	for i := 0; i < 3; i++ {
		b.data = append(b.data, "main")
		toWorker <- b
		b = <-toMain
	}
	close(toWorker)
	_, open := <-toMain
	fmt.Println(b.data, open)
}

// Output:
// [main worker main worker main worker] false
