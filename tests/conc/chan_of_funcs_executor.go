package main

import "fmt"

func main() {
	tasks := make(chan func() string)
	results := make(chan string)
	go func() {
		for t := range tasks {
			results <- t()
		}
		close(results)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			i := i
			tasks <- func() string { return fmt.Sprint("task ", i, " ran on executor") }
		}
		close(tasks)
	}()
	for r := range results {
		fmt.Println(r)
	}
}

// Output:
// task 1 ran on executor
// task 2 ran on executor
// task 3 ran on executor
