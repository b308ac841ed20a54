package main

import "fmt"

func worker(id int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker", id, "recovered:", r)
		}
	}()
	defer fmt.Println("worker", id, "cleanup")
	if id%2 == 0 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
	fmt.Println("worker", id, "done")
}

func main() {
	for i := 1; i <= 4; i++ {
		worker(i)
	}
	fmt.Println("all workers returned")
}

// Output:
// worker 1 done
// worker 1 cleanup
// worker 2 cleanup
// worker 2 recovered: worker 2 failed
// worker 3 done
// worker 3 cleanup
// worker 4 cleanup
// worker 4 recovered: worker 4 failed
// all workers returned
