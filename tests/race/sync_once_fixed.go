// sync.Once: its function happens before every Do returns: fixed, no race

package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func setup() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(setup)
			fmt.Sprint(config["mode"])
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
