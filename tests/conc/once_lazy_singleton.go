package main

import (
	"fmt"
	"sync"
)

type Config struct{ name string }

var (
	instance *Config
	once     sync.Once
	inits    int
)

func Get() *Config {
	once.Do(func() {
		inits++
		instance = &Config{name: "singleton"}
	})
	return instance
}

func main() {
	ptrs := make(chan *Config, 20)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs <- Get()
		}()
	}
	wg.Wait()
	close(ptrs)
	same := true
	for p := range ptrs {
		if p != Get() {
			same = false
		}
	}
	fmt.Println(Get().name, "inits:", inits, "same pointer:", same)
}

// Output:
// singleton inits: 1 same pointer: true
