// sync.Once: its function happens before every Do returns: racy
// Race at: config

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
	config = map[string]string{"mode": "fast"} // racy
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		once.Do(setup)
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(config == nil) // racy
	}()
	wg.Wait()
	fmt.Println("ok")
}
